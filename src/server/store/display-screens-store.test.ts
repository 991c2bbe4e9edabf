import { describe, expect, it } from "vitest";
import { createDisplayScreensStore } from "./display-screens-store";
import { forEachStore } from "./test-stores";

const beat = (screenId: string, panel = "overview") => ({
  screenId,
  tokenId: "d1",
  label: "大厅",
  panel,
  dataAgeSeconds: 3,
  errors: ["map"],
  viewport: "1920x1080",
  build: "b1",
});

describe("display screens store", () => {
  forEachStore((store) => {
    it("keeps each screen's newest heartbeat and when it was first seen", async () => {
      let t = Date.parse("2026-03-01T08:00:00.000Z");
      const screens = createDisplayScreensStore(store(), () => new Date(t));
      const first = await screens.beat(beat("s1"));
      expect(first).toMatchObject({ screenId: "s1", errors: ["map"], panel: "overview" });
      t += 30_000;
      const second = await screens.beat(beat("s1", "scores"));
      expect(second.firstSeenAt).toBe("2026-03-01T08:00:00.000Z");
      expect(second.lastSeenAt).toBe("2026-03-01T08:00:30.000Z");
      t += 1_000;
      await screens.beat(beat("s2"));
      expect((await screens.list()).map((s) => [s.screenId, s.panel])).toEqual([
        ["s2", "overview"],
        ["s1", "scores"],
      ]);
    });

    it("keeps at most 500 screens, dropping those heard from longest ago", async () => {
      let t = Date.parse("2026-03-01T08:00:00.000Z");
      const screens = createDisplayScreensStore(store(), () => {
        t += 1000;
        return new Date(t);
      });
      for (let i = 0; i < 502; i++) await screens.beat(beat(`s${i}`));
      const left = await screens.list();
      expect(left).toHaveLength(500);
      expect(left.map((s) => s.screenId)).not.toContain("s0");
      expect(left.map((s) => s.screenId)).not.toContain("s1");
    });
  });
});
