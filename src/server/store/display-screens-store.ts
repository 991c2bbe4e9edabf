import type { Database, Store } from "./sql";

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

type Row = Database["display_screens"];

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
export function createDisplayScreensStore(store: Store, now: () => Date = () => new Date()) {
  return {
    beat(beat: Omit<ScreenBeat, "firstSeenAt" | "lastSeenAt">): Promise<ScreenBeat> {
      const at = now().toISOString();
      const row = {
        screen_id: beat.screenId,
        token_id: beat.tokenId,
        label: beat.label,
        panel: beat.panel,
        data_age_seconds: beat.dataAgeSeconds,
        errors: JSON.stringify(beat.errors),
        viewport: beat.viewport,
        build: beat.build,
      };
      return store.transaction(async () => {
        await store
          .q()
          .insertInto("display_screens")
          .values({ ...row, first_seen_at: at, last_seen_at: at })
          .onConflict((oc) => oc.column("screen_id").doUpdateSet({ ...row, last_seen_at: at }))
          .execute();
        const { n } = await store
          .q()
          .selectFrom("display_screens")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        // Drops the screens heard from longest ago beyond the bound.
        if (Number(n) > maxScreens)
          await store
            .q()
            .deleteFrom("display_screens")
            .where("screen_id", "not in", (eb) =>
              eb
                .selectFrom("display_screens")
                .select("screen_id")
                .orderBy("last_seen_at", "desc")
                .limit(maxScreens),
            )
            .execute();
        return fromRow(
          await store
            .q()
            .selectFrom("display_screens")
            .selectAll()
            .where("screen_id", "=", beat.screenId)
            .executeTakeFirstOrThrow(),
        );
      });
    },
    /** Most recently seen first. */
    async list(): Promise<ScreenBeat[]> {
      const rows = await store
        .q()
        .selectFrom("display_screens")
        .selectAll()
        .orderBy("last_seen_at", "desc")
        .orderBy("screen_id")
        .execute();
      return rows.map(fromRow);
    },
  };
}
export type DisplayScreensStore = ReturnType<typeof createDisplayScreensStore>;
