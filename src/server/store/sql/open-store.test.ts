import { describe, expect, it } from "vitest";
import { forEachStore } from "../test-stores";
import { openStore, StoreOpenError, storeAnswers } from "./open-store";

describe("a PostgreSQL store that cannot be opened", () => {
  it("says where it tried and why, without the password", async () => {
    const opening = openStore({
      dataDir: "",
      databaseUrl: "postgres://kp:s3cret-pw@127.0.0.1:1/kp",
    });
    await expect(opening).rejects.toBeInstanceOf(StoreOpenError);
    const message = await opening.catch((error: Error) => error.message);
    expect(message).toContain("127.0.0.1:1/kp");
    expect(message).toContain("ECONNREFUSED");
    expect(message).not.toContain("s3cret-pw");
  });
});

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
