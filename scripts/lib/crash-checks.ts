// The checks of `npm run check:crash`, made after the kill on a node that runs (the same one restarted,
// or another one on the same database), with the sessions and links made before the kill: every
// acknowledged write there once with its content and one audit record, reports at their last
// acknowledged figures, replays answered from the stored outcome, cut-off requests landing once.
import { pairKey } from "../../src/domain/pair-key";
import { createAuditStore } from "../../src/server/store/audit-store";
import { createReportsStore } from "../../src/server/store/reports-store";
import { openStore, type StoreConfig } from "../../src/server/store/sql";
import {
  type CrashLoad,
  type CrashSetup,
  putSheet,
  type ReportWrite,
  reportPeriod,
} from "./crash-load";
import { loadEventId } from "./scoring-load";

type StoredSheet = {
  evaluatorId: string;
  projectId: string;
  scores: Record<string, number>;
  vote: string;
};

/** The figures a run prints in its verdict line. */
export type CrashFigures = {
  acks: number;
  cutOff: number;
  present: number;
  missing: number;
  replayed: number;
  replays: number;
  retriedOnce: number;
  reportAcks: number;
  reportLost: number;
};

/** The load event's sheets and audit records as the node answers them (audit read with `admin`). */
async function readState(url: string, admin: Record<string, string>) {
  const { sheets } = (await (await fetch(`${url}/api/events/${loadEventId}/sheets`)).json()) as {
    sheets: StoredSheet[];
  };
  const audit: { action: string; subject: string }[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = await fetch(`${url}/api/events/${loadEventId}/audit?limit=1000&offset=${offset}`, {
      headers: admin,
    });
    if (res.status !== 200) throw new Error(`reading the audit log answered HTTP ${res.status}`);
    const page = (await res.json()) as { records: { action: string; subject: string }[] };
    audit.push(...page.records);
    if (page.records.length < 1000) break;
  }
  return { sheets, audit };
}

const countBy = <T>(items: T[], keyOf: (item: T) => string | undefined) => {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

/**
 * The period's stored reports (progress by project) and report audit records by subject, read
 * through the store's own query layer: there is no API answering report audit counts, and this
 * way both stores are read by the same code.
 */
async function readReports(storeConfig: StoreConfig) {
  const store = await openStore(storeConfig);
  try {
    const reports = await createReportsStore(store).reportsInPeriod(reportPeriod);
    const audits = await createAuditStore(store).listSubjectPrefix("report:", 1_000_000);
    return {
      progress: new Map([...reports].map(([id, r]) => [id, r.report.progress])),
      audits: countBy(audits, (r) => r.subject),
    };
  } finally {
    await store.close();
  }
}

/** Each project holds its last acknowledged figures, with one audit record per write that landed. */
async function checkReports(
  storeConfig: StoreConfig,
  setup: CrashSetup,
  reportWrites: ReportWrite[],
  failures: string[],
) {
  const { progress, audits } = await readReports(storeConfig);
  let lost = 0;
  let auditWrong = 0;
  for (const project of setup.allProjects) {
    const mine = reportWrites.filter((w) => w.projectId === project.id);
    const lastAcked = mine.filter((w) => w.acked).at(-1);
    if (!lastAcked) continue;
    // The write after the last acknowledged one may have committed before the kill cut its answer.
    const next = mine[mine.indexOf(lastAcked) + 1];
    const stored = progress.get(project.id);
    const landedAfter = next !== undefined && stored === next.progress;
    if (stored !== lastAcked.progress && !landedAfter) lost++;
    const expected = mine.filter((w) => w.acked).length + (landedAfter ? 1 : 0);
    if (audits.get(`report:${project.id}:${reportPeriod}`) !== expected) auditWrong++;
  }
  const acked = reportWrites.filter((w) => w.acked).length;
  console.log(
    `  Reports: ${acked} acknowledged 旬报 writes over ${setup.allProjects.length} projects; ${lost} projects without their last acknowledged figures; ${auditWrong} with an audit count other than their writes`,
  );
  if (acked === 0) failures.push("no report write was acknowledged before the kill");
  if (lost) failures.push(`${lost} projects lost an acknowledged report write`);
  if (auditWrong) failures.push(`${auditWrong} projects' report audit records are wrong`);
  return { reportAcks: acked, reportLost: lost };
}

/** Runs every check against the node at `url`; problems go to `failures`. */
export async function checkAfterCrash(
  url: string,
  storeConfig: StoreConfig,
  setup: CrashSetup,
  load: CrashLoad,
  failures: string[],
): Promise<CrashFigures> {
  const { acks, cutOff } = load;
  const before = await readState(url, setup.admin);
  const rows = countBy(before.sheets, pairKey);
  const writes = countBy(before.audit, (r) =>
    r.action.startsWith("sheet.") ? r.subject : undefined,
  );

  let missing = 0;
  let wrongContent = 0;
  let auditWrong = 0;
  for (const ack of acks) {
    const stored = before.sheets.find(
      (s) => s.evaluatorId === ack.evaluatorId && s.projectId === ack.projectId,
    );
    const sent = JSON.parse(ack.body) as { scores: Record<string, number>; vote: string };
    if (!stored) missing++;
    else if (
      JSON.stringify(stored.scores) !== JSON.stringify(sent.scores) ||
      stored.vote !== sent.vote
    )
      wrongContent++;
    if (writes.get(`sheet:${pairKey(ack)}`) !== 1) auditWrong++;
  }
  const duplicated = [...rows.values()].filter((n) => n > 1).length;
  const doubleAudited = [...writes.values()].filter((n) => n > 1).length;
  const fresh = new Set(setup.evaluatorIds);
  const acked = new Set(acks.map(pairKey));
  const unacknowledgedLanded = before.sheets.filter(
    (s) => fresh.has(s.evaluatorId) && !acked.has(pairKey(s)),
  ).length;
  console.log(
    `  Sheets: ${acks.length} acknowledged, ${acks.length - missing} present, ${missing} missing, ` +
      `${wrongContent} with other content; ${duplicated} evaluator×project pairs with more than one row; ` +
      `${auditWrong} acknowledged writes without exactly one audit record, ${doubleAudited} subjects audited twice; ` +
      `${unacknowledgedLanded} cut-off writes had landed (allowed: committed before the kill, answer lost)`,
  );
  if (missing) failures.push(`${missing} acknowledged sheets missing`);
  if (wrongContent) failures.push(`${wrongContent} acknowledged sheets with other content`);
  if (duplicated) failures.push(`${duplicated} evaluator×project pairs duplicated`);
  if (auditWrong || doubleAudited)
    failures.push(`audit records: ${auditWrong} wrong, ${doubleAudited} doubled`);

  const { reportAcks, reportLost } = await checkReports(
    storeConfig,
    setup,
    load.reportWrites,
    failures,
  );

  // Replays: the same key and body answer from the stored outcome, writing nothing.
  const replays = acks
    .filter((_, i) => i % Math.max(1, Math.floor(acks.length / 5)) === 0)
    .slice(0, 5);
  let replayed = 0;
  for (const ack of replays) {
    const res = await putSheet(url, setup, ack);
    const body = (await res.json()) as { outcome?: string };
    const flag = res.headers.get("idempotent-replayed");
    if (res.status === ack.status && flag === "true") replayed++;
    console.log(
      `    replay ${ack.evaluatorId}/${ack.projectId}: HTTP ${res.status}, Idempotent-Replayed ${flag}, outcome ${body.outcome}`,
    );
  }
  // A phone whose request was cut off retries with the same key: it must land exactly once.
  let retried = 0;
  for (const cut of cutOff) {
    const res = await putSheet(url, setup, cut);
    await res.arrayBuffer();
    if (res.status >= 200 && res.status < 300) retried++;
  }
  const after = await readState(url, setup.admin);
  const rowsAfter = countBy(after.sheets, pairKey);
  const auditsAfter = countBy(after.audit, (r) => r.subject);
  const retriedOnce = cutOff.filter((cut) => {
    const pair = pairKey(cut);
    return rowsAfter.get(pair) === 1 && auditsAfter.get(`sheet:${pair}`) === 1;
  }).length;
  console.log(
    `  Retries of the ${cutOff.length} cut-off requests (same keys): ${retried} acknowledged, ${retriedOnce} stored exactly once with one audit record`,
  );
  if (retried !== cutOff.length || retriedOnce !== cutOff.length)
    failures.push("a retried cut-off request was not stored exactly once");
  // Only the retried cut-off requests that had not landed may add rows and audit records.
  const newFromRetries = retriedOnce - unacknowledgedLanded;
  const sameCounts =
    after.sheets.length === before.sheets.length + newFromRetries &&
    after.audit.length === before.audit.length + newFromRetries;
  console.log(
    `  Replays: ${replayed}/${replays.length} answered from the stored outcome; with the retries, sheets ${before.sheets.length} → ${after.sheets.length}, audit records ${before.audit.length} → ${after.audit.length}`,
  );
  if (replayed !== replays.length) failures.push("a re-sent request was not replayed");
  if (!sameCounts) failures.push("re-sent requests wrote more than the cut-off sheets");

  return {
    acks: acks.length,
    cutOff: cutOff.length,
    present: acks.length - missing,
    missing,
    replayed,
    replays: replays.length,
    retriedOnce,
    reportAcks,
    reportLost,
  };
}
