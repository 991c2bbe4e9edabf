import type { CategoryRecord } from "../../domain/category";
import type { AuditStore } from "./audit-store";
import type { Db } from "./open-database";

type Row = { id: string; position: number; name: string; name_en: string; colour: string };
const toRecord = (r: Row): CategoryRecord => ({
  id: r.id,
  name: r.name,
  nameEn: r.name_en,
  order: r.position,
  colour: r.colour,
});

/** The district's project categories, in their order; each addition audited. */
export function createCategoriesStore(db: Db, audit: AuditStore) {
  const q = {
    all: db.prepare("SELECT * FROM categories ORDER BY position, id"),
    one: db.prepare("SELECT * FROM categories WHERE id = ?"),
    insert: db.prepare(
      "INSERT INTO categories (id, position, name, name_en, colour) VALUES (?, ?, ?, ?, ?)",
    ),
  };
  return {
    list: (): CategoryRecord[] => (q.all.all() as Row[]).map(toRecord),
    get(id: string): CategoryRecord | undefined {
      const row = q.one.get(id) as Row | undefined;
      return row && toRecord(row);
    },
    add(category: CategoryRecord, actor: string): void {
      db.transaction(() => {
        q.insert.run(category.id, category.order, category.name, category.nameEn, category.colour);
        audit.append({
          actor,
          action: "category.add",
          eventId: null,
          subject: `category:${category.id}`,
          before: null,
          after: category,
          reason: null,
        });
      })();
    },
  };
}
export type CategoriesStore = ReturnType<typeof createCategoriesStore>;
