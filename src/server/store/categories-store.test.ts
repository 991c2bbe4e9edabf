import { describe, expect, it } from "vitest";
import { createCategoriesStore } from "./categories-store";
import { forEachStore } from "./test-stores";

describe("categories store", () => {
  forEachStore((store) => {
    const audited = () =>
      store()
        .db.selectFrom("audit_log")
        .select(["action", "subject", "actor", "after"])
        .orderBy("id")
        .execute();
    const teal = { id: "culture", name: "文旅", nameEn: "Culture", order: 2, colour: "#1a8a8a" };

    it("lists the two categories every store starts with, in their order", async () => {
      const categories = createCategoriesStore(store());
      expect((await categories.list()).map((c) => [c.id, c.order, c.nameEn])).toEqual([
        ["manufacturing", 0, "Manufacturing"],
        ["urban_renewal", 1, "Urban renewal"],
      ]);
      expect((await categories.get("urban_renewal"))?.name).toBe("城市更新");
      expect(await categories.get("culture")).toBeUndefined();
    });

    it("adds a category with its audit record", async () => {
      const categories = createCategoriesStore(store());
      await categories.add(teal, "admin:test");
      expect(await categories.get("culture")).toEqual(teal);
      expect((await categories.list()).map((c) => c.id).at(-1)).toBe("culture");
      const log = await audited();
      expect(log.map((r) => [r.action, r.subject, r.actor])).toEqual([
        ["category.add", "category:culture", "admin:test"],
      ]);
      expect(JSON.parse(log[0]?.after ?? "null")).toEqual(teal);
    });

    it("keeps neither the category nor its audit record when either cannot be stored", async () => {
      const categories = createCategoriesStore(store());
      await categories.add(teal, "admin:test");
      await expect(categories.add({ ...teal, name: "again" }, "admin:test")).rejects.toThrow();
      // The category is written first; an audit record that cannot be stored takes it back.
      const noActor = null as unknown as string;
      await expect(categories.add({ ...teal, id: "energy" }, noActor)).rejects.toThrow();
      expect(await categories.get("energy")).toBeUndefined();
      expect((await categories.get("culture"))?.name).toBe("文旅");
      expect(await audited()).toHaveLength(1);
    });
  });
});
