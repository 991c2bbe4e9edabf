import type { CategoryRecord } from "../../domain/category";
import { appendAudit } from "./audit-store";
import type { Database, Store } from "./sql";

type Row = Database["categories"];
const toRecord = (r: Row): CategoryRecord => ({
  id: r.id,
  name: r.name,
  nameEn: r.name_en,
  order: r.position,
  colour: r.colour,
});

/** The district's project categories, in their order; each addition audited. */
export function createCategoriesStore(store: Store) {
  return {
    async list(): Promise<CategoryRecord[]> {
      const rows = await store
        .q()
        .selectFrom("categories")
        .selectAll()
        .orderBy("position")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },
    async get(id: string): Promise<CategoryRecord | undefined> {
      const row = await store
        .q()
        .selectFrom("categories")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    add(category: CategoryRecord, actor: string): Promise<void> {
      return store.transaction(async () => {
        await store
          .q()
          .insertInto("categories")
          .values({
            id: category.id,
            position: category.order,
            name: category.name,
            name_en: category.nameEn,
            colour: category.colour,
          })
          .execute();
        await appendAudit(store, {
          actor,
          action: "category.add",
          eventId: null,
          subject: `category:${category.id}`,
          before: null,
          after: category,
          reason: null,
        });
      });
    },
  };
}
export type CategoriesStore = ReturnType<typeof createCategoriesStore>;
