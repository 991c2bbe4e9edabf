// `npm run check:crash`: runs the server as a child process on a temporary store, loads it with
// concurrent submissions from evaluators' personal links and staff's ten-day reports (旬报), kill -9s
// it mid-load, restarts it on the same DATA_DIR, and checks that every acknowledged (2xx) sheet is
// there with its content, exactly once, with exactly one audit record, that each project's report
// holds its last acknowledged figures with one audit record per write, and that re-sent requests
// replay instead of writing again.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { pairKey } from "../src/domain/pair-key";
import {
  ensureOpen,
  issueLinks,
  loadEvent,
  loadEventId,
  seedWithEvaluators,
  sheetBody,
  signInHeaders,
} from "./lib/scoring-load";
import { exited, freePort, killGroup, startServerProcess } from "./lib/server-process";

const rosterSize = 200;
// Evaluators without seeded sheets on the load event, so every acknowledged write is a new sheet.
const firstFresh = 73;
const killAfterAcks = Number(process.env.CRASH_AFTER_ACKS ?? 800);

type Ack = { evaluatorId: string; projectId: string; key: string; body: string; status: number };
/** A 旬报 write: its project, the progress it carried, and whether the server acknowledged it. */
type ReportWrite = { projectId: string; progress: number; key: string; acked: boolean };
const reportPeriod = "2023-03-1";
/** The kill waits for this many acknowledged 旬报 writes too, so both kinds are cut mid-stream. */
const minReportAcks = 36;

const startChild = (port: number, dataDir: string, seedDir: string) =>
  startServerProcess({ port, dataDir, seedDir, waitSeconds: 30 });

const seedDir = seedWithEvaluators(rosterSize);
const dataDir = mkdtempSync(join(tmpdir(), "kp-crash-"));
const port = await freePort();
const failures: string[] = [];
let child: ChildProcess | undefined;
try {
  let server = await startChild(port, dataDir, seedDir);
  child = server.child;
  console.log(`Server pid group ${child.pid} on ${server.url}, store ${dataDir}`);
  const admin = await signInHeaders(server.url, "admin", "demo-admin");
  const staff = await signInHeaders(server.url, "staff", "demo-staff");
  await ensureOpen(server.url, admin, loadEventId);
  const { projectIds, criteria } = await loadEvent(server.url, loadEventId);
  const evaluatorIds = Array.from(
    { length: rosterSize - firstFresh + 1 },
    (_, i) => `e${i + firstFresh}`,
  );
  const tokens = await issueLinks(server.url, staff, loadEventId, evaluatorIds);

  const opened = await fetch(`${server.url}/api/rounds`, {
    method: "POST",
    headers: { ...staff, "content-type": "application/json" },
    body: JSON.stringify({ period: reportPeriod, deadline: "2023-03-13" }),
  });
  if (opened.status !== 201) throw new Error(`opening the round answered HTTP ${opened.status}`);
  const allProjects = (
    (await (await fetch(`${server.url}/api/projects`)).json()) as {
      projects: { id: string; progress: number }[];
    }
  ).projects;

  // ---- Load, then kill -9 once enough writes are acknowledged --------------------------------
  const acks: Ack[] = [];
  const reportWrites: ReportWrite[] = [];
  const reportAcked = () => reportWrites.filter((w) => w.acked).length;
  const cutOff: Omit<Ack, "status">[] = [];
  let killed = false;
  const running = child;
  const client = async (evaluatorId: string, index: number) => {
    for (const [p, projectId] of projectIds.entries()) {
      if (killed) return;
      const body = JSON.stringify(sheetBody(criteria, index * 100 + p + 1));
      const key = `crash-${evaluatorId}-${projectId}`;
      try {
        const res = await fetch(
          `${server.url}/api/events/${loadEventId}/sheets/${evaluatorId}/${projectId}`,
          {
            method: "PUT",
            headers: {
              authorization: `Bearer ${tokens.get(evaluatorId)}`,
              "content-type": "application/json",
              "idempotency-key": key,
            },
            body,
          },
        );
        await res.arrayBuffer();
        if (res.status >= 200 && res.status < 300)
          acks.push({ evaluatorId, projectId, key, body, status: res.status });
        else failures.push(`${evaluatorId}/${projectId}: HTTP ${res.status} before the kill`);
      } catch {
        cutOff.push({ evaluatorId, projectId, key, body });
        return;
      }
      if (!killed && acks.length >= killAfterAcks && reportAcked() >= minReportAcks) {
        killed = true;
        killGroup(running, "SIGKILL");
      }
    }
  };
  // Staff re-enter each project's report again and again, progress rising a little each time, so
  // the last acknowledged figures tell whether an acknowledged write was lost.
  const reporter = async (project: { id: string; progress: number }) => {
    for (let n = 1; !killed; n++) {
      const progress = Math.min(100, Math.round((project.progress + n * 0.01) * 100) / 100);
      const write: ReportWrite = {
        projectId: project.id,
        progress,
        key: `crash-report-${project.id}-${n}`,
        acked: false,
      };
      reportWrites.push(write);
      try {
        const res = await fetch(
          `${server.url}/api/projects/${project.id}/reports/${reportPeriod}`,
          {
            method: "PUT",
            headers: { ...staff, "content-type": "application/json", "idempotency-key": write.key },
            body: JSON.stringify({ investment: 0.01, progress, note: `crash check ${n}` }),
          },
        );
        const answer = await res.text();
        if (res.status >= 200 && res.status < 300) write.acked = true;
        else
          failures.push(`report ${project.id} #${n}: HTTP ${res.status}: ${answer.slice(0, 200)}`);
      } catch (error) {
        if (!killed) failures.push(`report ${project.id} #${n}: ${(error as Error).message}`);
        return;
      }
      if (!killed && acks.length >= killAfterAcks && reportAcked() >= minReportAcks) {
        killed = true;
        killGroup(running, "SIGKILL");
      }
      if (progress >= 100) return;
    }
  };
  const loadStart = performance.now();
  await Promise.all([...evaluatorIds.map(client), ...allProjects.map(reporter)]);
  await exited(running);
  console.log(
    `Load: ${evaluatorIds.length} concurrent evaluators; kill -9 after ${acks.length} acknowledged writes ` +
      `(${((performance.now() - loadStart) / 1000).toFixed(2)} s); ${cutOff.length} requests cut off by the kill`,
  );
  if (!killed)
    failures.push("the load finished before the kill: raise the load or lower CRASH_AFTER_ACKS");

  // ---- Restart on the same store and check ---------------------------------------------------
  server = await startChild(port, dataDir, seedDir);
  child = server.child;
  console.log(`Restarted: pid group ${child.pid}`);
  const readState = async () => {
    const { sheets } = (await (
      await fetch(`${server.url}/api/events/${loadEventId}/sheets`)
    ).json()) as {
      sheets: {
        evaluatorId: string;
        projectId: string;
        scores: Record<string, number>;
        vote: string;
      }[];
    };
    const audit: { action: string; subject: string }[] = [];
    const reader = await signInHeaders(server.url, "admin", "demo-admin");
    for (let offset = 0; ; offset += 1000) {
      const page = (await (
        await fetch(`${server.url}/api/events/${loadEventId}/audit?limit=1000&offset=${offset}`, {
          headers: reader,
        })
      ).json()) as { records: { action: string; subject: string }[] };
      audit.push(...page.records);
      if (page.records.length < 1000) break;
    }
    return { sheets, audit };
  };
  const before = await readState();
  const rows = new Map<string, number>();
  for (const s of before.sheets) rows.set(pairKey(s), (rows.get(pairKey(s)) ?? 0) + 1);
  const writes = new Map<string, number>();
  for (const r of before.audit)
    if (r.action.startsWith("sheet.")) writes.set(r.subject, (writes.get(r.subject) ?? 0) + 1);

  let missing = 0;
  let wrongContent = 0;
  let auditWrong = 0;
  for (const ack of acks) {
    const pair = pairKey(ack);
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
    if (writes.get(`sheet:${pair}`) !== 1) auditWrong++;
  }
  const duplicated = [...rows.values()].filter((n) => n > 1).length;
  const doubleAudited = [...writes.values()].filter((n) => n > 1).length;
  const fresh = new Set(evaluatorIds);
  const unacknowledgedLanded = before.sheets.filter(
    (s) =>
      fresh.has(s.evaluatorId) &&
      !acks.some((a) => a.evaluatorId === s.evaluatorId && a.projectId === s.projectId),
  ).length;
  console.log(
    `After restart: ${acks.length} acknowledged, ${acks.length - missing} present, ${missing} missing, ` +
      `${wrongContent} with other content; ${duplicated} evaluator×project pairs with more than one row; ` +
      `${auditWrong} acknowledged writes without exactly one audit record, ${doubleAudited} subjects audited twice; ` +
      `${unacknowledgedLanded} cut-off writes had landed (allowed: committed before the kill, answer lost)`,
  );
  if (missing) failures.push(`${missing} acknowledged sheets missing`);
  if (wrongContent) failures.push(`${wrongContent} acknowledged sheets with other content`);
  if (duplicated) failures.push(`${duplicated} evaluator×project pairs duplicated`);
  if (auditWrong || doubleAudited)
    failures.push(`audit records: ${auditWrong} wrong, ${doubleAudited} doubled`);

  // ---- Reports: each project holds its last acknowledged figures, one audit record per write ----
  const reportAcks = reportWrites.filter((w) => w.acked).length;
  let reportLost = 0;
  let reportAuditWrong = 0;
  {
    const db = new Database(join(dataDir, "store.db"), { readonly: true });
    const stored = new Map(
      (
        db
          .prepare("SELECT project_id, record FROM project_reports WHERE period = ?")
          .all(reportPeriod) as { project_id: string; record: string }[]
      ).map((r) => [r.project_id, (JSON.parse(r.record) as { progress: number }).progress]),
    );
    const audits = new Map(
      (
        db
          .prepare(
            "SELECT subject, count(*) AS n FROM audit_log WHERE subject LIKE 'report:%' GROUP BY subject",
          )
          .all() as { subject: string; n: number }[]
      ).map((r) => [r.subject, r.n]),
    );
    db.close();
    for (const project of allProjects) {
      const mine = reportWrites.filter((w) => w.projectId === project.id);
      const lastAcked = mine.filter((w) => w.acked).at(-1);
      if (!lastAcked) continue;
      // The write after the last acknowledged one may have committed before the kill cut its answer.
      const after = mine[mine.indexOf(lastAcked) + 1];
      const progress = stored.get(project.id);
      const landedAfter = after !== undefined && progress === after.progress;
      if (progress !== lastAcked.progress && !landedAfter) reportLost++;
      const expected = mine.filter((w) => w.acked).length + (landedAfter ? 1 : 0);
      if (audits.get(`report:${project.id}:${reportPeriod}`) !== expected) reportAuditWrong++;
    }
  }
  console.log(
    `Reports: ${reportAcks} acknowledged 旬报 writes over ${allProjects.length} projects; ${reportLost} projects without their last acknowledged figures; ${reportAuditWrong} with an audit count other than their writes`,
  );
  if (reportAcks === 0) failures.push("no report write was acknowledged before the kill");
  if (reportLost) failures.push(`${reportLost} projects lost an acknowledged report write`);
  if (reportAuditWrong)
    failures.push(`${reportAuditWrong} projects' report audit records are wrong`);

  // ---- Replays: the same key and body answer from the stored outcome, writing nothing ----------
  const replays = acks
    .filter((_, i) => i % Math.max(1, Math.floor(acks.length / 5)) === 0)
    .slice(0, 5);
  let replayed = 0;
  for (const ack of replays) {
    const res = await fetch(
      `${server.url}/api/events/${loadEventId}/sheets/${ack.evaluatorId}/${ack.projectId}`,
      {
        method: "PUT",
        headers: {
          authorization: `Bearer ${tokens.get(ack.evaluatorId)}`,
          "content-type": "application/json",
          "idempotency-key": ack.key,
        },
        body: ack.body,
      },
    );
    const body = (await res.json()) as { outcome?: string };
    const ok = res.status === ack.status && res.headers.get("idempotent-replayed") === "true";
    if (ok) replayed++;
    console.log(
      `  replay ${ack.evaluatorId}/${ack.projectId}: HTTP ${res.status}, Idempotent-Replayed ${res.headers.get("idempotent-replayed")}, outcome ${body.outcome}`,
    );
  }
  // A phone whose request was cut off retries with the same key: it must land exactly once.
  let retried = 0;
  for (const cut of cutOff) {
    const res = await fetch(
      `${server.url}/api/events/${loadEventId}/sheets/${cut.evaluatorId}/${cut.projectId}`,
      {
        method: "PUT",
        headers: {
          authorization: `Bearer ${tokens.get(cut.evaluatorId)}`,
          "content-type": "application/json",
          "idempotency-key": cut.key,
        },
        body: cut.body,
      },
    );
    await res.arrayBuffer();
    if (res.status >= 200 && res.status < 300) retried++;
  }
  const after = await readState();
  const retriedOnce = cutOff.filter((cut) => {
    const pair = pairKey(cut);
    const rowsOf = after.sheets.filter((x) => pairKey(x) === pair).length;
    const audits = after.audit.filter((r) => r.subject === `sheet:${pair}`).length;
    return rowsOf === 1 && audits === 1;
  }).length;
  console.log(
    `Retries of the ${cutOff.length} cut-off requests (same keys): ${retried} acknowledged, ${retriedOnce} stored exactly once with one audit record`,
  );
  if (retried !== cutOff.length || retriedOnce !== cutOff.length)
    failures.push("a retried cut-off request was not stored exactly once");
  // Only the retried cut-off requests may add rows and audit records.
  const newFromRetries = retriedOnce - unacknowledgedLanded;
  const sameCounts =
    after.sheets.length === before.sheets.length + newFromRetries &&
    after.audit.length === before.audit.length + newFromRetries;
  console.log(
    `Replays: ${replayed}/${replays.length} answered from the stored outcome; with the retries, sheets ${before.sheets.length} → ${after.sheets.length}, audit records ${before.audit.length} → ${after.audit.length}`,
  );
  if (replayed !== replays.length) failures.push("a re-sent request was not replayed");
  if (!sameCounts) failures.push("re-sent requests wrote more than the cut-off sheets");
} catch (error) {
  failures.push(`check could not run: ${(error as Error).message}`);
} finally {
  if (child) {
    killGroup(child, "SIGTERM");
    await exited(child);
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(seedDir, { recursive: true, force: true });
}

if (failures.length) {
  console.log(`\nFAIL — ${failures.length} problem(s):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log(
  "\nPASS — every acknowledged sheet and 旬报 survived kill -9 once, with its content and its audit records; replays wrote nothing.",
);
