import type { Db } from "./open-database";

/** What a wall screen last reported about itself. */
export type ScreenBeat = {
  screenId: string;
  tokenId: string;
  /** The token's label when the screen last reported (kept if the token is later deleted). */
  label: string | null;
  panel: string;
  dataAgeSeconds: number;
  /** Panels that failed to fetch or render and are being skipped. */
  errors: string[];
  viewport: string | null;
  build: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
};

type Row = {
  screen_id: string;
  token_id: string;
  label: string | null;
  panel: string;
  data_age_seconds: number;
  errors: string;
  viewport: string | null;
  build: string | null;
  first_seen_at: string;
  last_seen_at: string;
};

const maxScreens = 500;

const fromRow = (r: Row): ScreenBeat => ({
  screenId: r.screen_id,
  tokenId: r.token_id,
  label: r.label,
  panel: r.panel,
  dataAgeSeconds: r.data_age_seconds,
  errors: JSON.parse(r.errors) as string[],
  viewport: r.viewport,
  build: r.build,
  firstSeenAt: r.first_seen_at,
  lastSeenAt: r.last_seen_at,
});

/**
 * Heartbeats of wall screens, newest per screen, stored so that admins still see every screen and
 * when it was last seen after a restart. Bounded: a misbehaving client cannot grow it without limit.
 */
export function createDisplayScreensStore(db: Db, now: () => Date = () => new Date()) {
  const s = {
    upsert: db.prepare(
      `INSERT INTO display_screens (screen_id, token_id, label, panel, data_age_seconds, errors,
         viewport, build, first_seen_at, last_seen_at)
       VALUES (@screenId, @tokenId, @label, @panel, @dataAgeSeconds, @errors, @viewport, @build,
         @at, @at)
       ON CONFLICT (screen_id) DO UPDATE SET token_id = excluded.token_id, label = excluded.label,
         panel = excluded.panel, data_age_seconds = excluded.data_age_seconds,
         errors = excluded.errors, viewport = excluded.viewport, build = excluded.build,
         last_seen_at = excluded.last_seen_at`,
    ),
    get: db.prepare("SELECT * FROM display_screens WHERE screen_id = ?"),
    // Drops the screens heard from longest ago beyond the bound.
    trim: db.prepare(
      `DELETE FROM display_screens WHERE screen_id NOT IN
         (SELECT screen_id FROM display_screens ORDER BY last_seen_at DESC LIMIT ${maxScreens})`,
    ),
    count: db.prepare("SELECT count(*) AS n FROM display_screens"),
    list: db.prepare("SELECT * FROM display_screens ORDER BY last_seen_at DESC, screen_id"),
  };
  return {
    beat(beat: Omit<ScreenBeat, "firstSeenAt" | "lastSeenAt">): ScreenBeat {
      const at = now().toISOString();
      return db.transaction(() => {
        s.upsert.run({ ...beat, errors: JSON.stringify(beat.errors), at });
        if ((s.count.get() as { n: number }).n > maxScreens) s.trim.run();
        return fromRow(s.get.get(beat.screenId) as Row);
      })();
    },
    /** Most recently seen first. */
    list(): ScreenBeat[] {
      return (s.list.all() as Row[]).map(fromRow);
    },
  };
}
export type DisplayScreensStore = ReturnType<typeof createDisplayScreensStore>;
