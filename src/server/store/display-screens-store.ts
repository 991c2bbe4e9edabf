/** What a wall screen last reported about itself. */
export type ScreenBeat = {
  screenId: string;
  tokenId: string;
  panel: string;
  dataAgeSeconds: number;
  /** Panels that failed to fetch or render and are being skipped. */
  errors: string[];
  viewport: string | null;
  build: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
};

const maxScreens = 500;

/**
 * Heartbeats of wall screens, newest per screen. Kept in memory: a screen reports every minute, so
 * after a restart the list is complete again within a minute, while each token's last-seen time is
 * stored with the token. Bounded, so a misbehaving client cannot grow it without limit.
 */
export function createDisplayScreensStore(now: () => Date = () => new Date()) {
  const screens = new Map<string, ScreenBeat>();
  return {
    beat(beat: Omit<ScreenBeat, "firstSeenAt" | "lastSeenAt">): ScreenBeat {
      const at = now().toISOString();
      const previous = screens.get(beat.screenId);
      screens.delete(beat.screenId);
      const stored = { ...beat, firstSeenAt: previous?.firstSeenAt ?? at, lastSeenAt: at };
      screens.set(beat.screenId, stored);
      // Map keeps insertion order: the first key is the screen heard from longest ago.
      if (screens.size > maxScreens) {
        const oldest = screens.keys().next().value;
        if (oldest !== undefined) screens.delete(oldest);
      }
      return stored;
    },
    /** Most recently seen first. */
    list(): ScreenBeat[] {
      return [...screens.values()].reverse();
    },
  };
}
export type DisplayScreensStore = ReturnType<typeof createDisplayScreensStore>;
