import { describe, expect, it } from "vitest";
import { forEachStore } from "../test-stores";
import { storeAnswers } from "./open-store";

describe("an opened store", () => {
  forEachStore((store, kind) => {
    it(`says it is on ${kind} and answers until it is closed`, async () => {
      const opened = store();
      expect(opened.kind).toBe(kind);
      expect(await storeAnswers(opened)).toBe(true);
      await opened.close();
      expect(await storeAnswers(opened)).toBe(false);
    });

    it("runs a transaction's queries together, and a nested one joins it", async () => {
      const opened = store();
      const add = (key: string) =>
        opened.q().insertInto("meta").values({ key, value: "x" }).execute();
      await expect(
        opened.transaction(async () => {
          await add("a");
          await opened.transaction(() => add("b"));
          throw new Error("changed its mind");
        }),
      ).rejects.toThrow("changed its mind");
      await opened.transaction(async () => {
        await add("c");
        await opened.transaction(() => add("d"));
      });
      const keys = await opened.db.selectFrom("meta").select("key").orderBy("key").execute();
      expect(keys.map((k) => k.key)).toEqual(["c", "d"]);
    });
  });
});
