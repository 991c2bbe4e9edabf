import type { Insertable } from "kysely";
import type { SeedData } from "../seed/load-seed-files";
import type { Database, Store } from "./sql";

/** True when the store holds no projects yet (a first start). */
export async function isEmpty(store: Store): Promise<boolean> {
  const row = await store.q().selectFrom("projects").select("id").limit(1).executeTakeFirst();
  return !row;
}

/**
 * Rows per INSERT: few statements for a list of 50,000 projects, and far below either
 * database's limit of bound values per statement (PostgreSQL 65,535; SQLite 32,766).
 */
const rowsPerInsert = 500;

/** Writes `rows` one slice of rowsPerInsert at a time, in order. */
async function inBatches<R>(rows: R[], write: (batch: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerInsert)
    await write(rows.slice(i, i + rowsPerInsert));
}

/**
 * Writes the seed data into an empty store, all or nothing. No table it fills has an identity
 * column (their keys are the seed's ids), so no sequence needs moving afterwards.
 */
export async function seedStore(store: Store, data: SeedData): Promise<void> {
  const now = new Date().toISOString();
  const { projects: file } = data;
  const reports: Insertable<Database["project_reports"]>[] = [];
  const milestones: Insertable<Database["milestones"]>[] = [];
  const problems: Insertable<Database["problems"]>[] = [];
  const projects = file.projects.map((project, position) => {
    const { reports: own, milestones: ms, problems: ps, ...record } = project;
    for (const report of own)
      reports.push({
        project_id: project.id,
        period: report.period,
        record: JSON.stringify(report),
      });
    for (const [i, m] of ms.entries())
      milestones.push({ project_id: project.id, id: m.id, position: i, record: JSON.stringify(m) });
    for (const [i, p] of ps.entries())
      problems.push({ project_id: project.id, id: p.id, position: i, record: JSON.stringify(p) });
    return {
      id: project.id,
      position,
      category: project.category,
      record: JSON.stringify(record),
    };
  });
  const meta = [
    ["asOf", file.asOf],
    ["illustrative", JSON.stringify(file.illustrative)],
    ["source", file.source],
    ["statusRules", JSON.stringify(data.statusRules)],
    ["seededAt", now],
  ].map(([key, value]) => ({ key: key as string, value: value as string }));

  await store.transaction(async () => {
    await store
      .q()
      .insertInto("meta")
      .values(meta)
      .onConflict((oc) =>
        oc.column("key").doUpdateSet((eb) => ({ value: eb.ref("excluded.value") })),
      )
      .execute();
    const q = () => store.q();
    await inBatches(projects, (rows) => q().insertInto("projects").values(rows).execute());
    await inBatches(reports, (rows) => q().insertInto("project_reports").values(rows).execute());
    await inBatches(milestones, (rows) => q().insertInto("milestones").values(rows).execute());
    await inBatches(problems, (rows) => q().insertInto("problems").values(rows).execute());
    const events = data.events.map((e) => ({
      id: e.id,
      state: e.state,
      record: JSON.stringify(e),
    }));
    await inBatches(events, (rows) => q().insertInto("events").values(rows).execute());
    const evaluators = data.evaluators.map((e, i) => ({
      id: e.id,
      position: i,
      record: JSON.stringify(e),
    }));
    await inBatches(evaluators, (rows) => q().insertInto("evaluators").values(rows).execute());
    const sheets = data.sheets.map((s) => ({
      event_id: s.eventId,
      evaluator_id: s.evaluatorId,
      project_id: s.projectId,
      scores: JSON.stringify(s.scores),
      vote: s.vote,
      comment: s.comment ?? null,
      updated_at: now,
    }));
    await inBatches(sheets, (rows) => q().insertInto("sheets").values(rows).execute());
  });
}
