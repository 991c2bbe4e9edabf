// The load of `npm run check:crash`: evaluators' sheets through their personal links and staff's
// 旬报 writes, all at once on one node, cut by a kill -9 of that node once enough are acknowledged.
// What it records (acknowledged, cut off) is what crash-checks.ts then looks for on a node that runs.
import {
  ensureOpen,
  issueLinks,
  loadEvent,
  loadEventId,
  sheetBody,
  signInHeaders,
} from "./scoring-load";

export const rosterSize = 200;
// Evaluators without seeded sheets on the load event, so every acknowledged write is a new sheet.
const firstFresh = 73;
export const reportPeriod = "2023-03-1";
/** The kill waits for this many acknowledged 旬报 writes too, so both kinds are cut mid-stream. */
const minReportAcks = 36;

export type SheetWrite = { evaluatorId: string; projectId: string; key: string; body: string };
export type Ack = SheetWrite & { status: number };
/** A 旬报 write: its project, the progress it carried, and whether the server acknowledged it. */
export type ReportWrite = { projectId: string; progress: number; key: string; acked: boolean };
export type Project = { id: string; progress: number };

/** What the load needs, made on the node it goes to; sessions and links must hold on any node. */
export type CrashSetup = {
  admin: Record<string, string>;
  staff: Record<string, string>;
  evaluatorIds: string[];
  /** evaluatorId → bearer token of the personal link. */
  tokens: Map<string, string>;
  projectIds: string[];
  criteria: { id: string; max: number }[];
  allProjects: Project[];
};

export type CrashLoad = {
  acks: Ack[];
  reportWrites: ReportWrite[];
  /** Sheet writes whose answer the kill cut off: they may or may not have landed. */
  cutOff: SheetWrite[];
  killed: boolean;
  seconds: number;
};

/** Signs in, opens the event and a 旬报 round, and issues the evaluators' links. */
export async function prepareCrashLoad(url: string): Promise<CrashSetup> {
  const admin = await signInHeaders(url, "admin", "demo-admin");
  const staff = await signInHeaders(url, "staff", "demo-staff");
  await ensureOpen(url, admin, loadEventId);
  const { projectIds, criteria } = await loadEvent(url, loadEventId);
  const evaluatorIds = Array.from(
    { length: rosterSize - firstFresh + 1 },
    (_, i) => `e${i + firstFresh}`,
  );
  const tokens = await issueLinks(url, staff, loadEventId, evaluatorIds);
  const opened = await fetch(`${url}/api/rounds`, {
    method: "POST",
    headers: { ...staff, "content-type": "application/json" },
    body: JSON.stringify({ period: reportPeriod, deadline: "2023-03-13" }),
  });
  if (opened.status !== 201) throw new Error(`opening the round answered HTTP ${opened.status}`);
  const { projects } = (await (await fetch(`${url}/api/projects`)).json()) as {
    projects: Project[];
  };
  return { admin, staff, evaluatorIds, tokens, projectIds, criteria, allProjects: projects };
}

/** A sheet PUT as an evaluator's phone sends it, with its link's token and the write's key. */
export const putSheet = (url: string, setup: CrashSetup, write: SheetWrite) =>
  fetch(`${url}/api/events/${loadEventId}/sheets/${write.evaluatorId}/${write.projectId}`, {
    method: "PUT",
    headers: {
      authorization: `Bearer ${setup.tokens.get(write.evaluatorId)}`,
      "content-type": "application/json",
      "idempotency-key": write.key,
    },
    body: write.body,
  });

/**
 * Loads the node at `url` until `killAfterAcks` sheets and enough 旬报 writes are acknowledged,
 * then calls `kill` (which must end the node at once) and stops when every client has its answer
 * or lost it.
 */
export async function runCrashLoad(
  url: string,
  setup: CrashSetup,
  killAfterAcks: number,
  kill: () => void,
  failures: string[],
): Promise<CrashLoad> {
  const acks: Ack[] = [];
  const reportWrites: ReportWrite[] = [];
  const cutOff: SheetWrite[] = [];
  let killed = false;
  const killWhenDue = () => {
    if (killed || acks.length < killAfterAcks) return;
    if (reportWrites.filter((w) => w.acked).length < minReportAcks) return;
    killed = true;
    kill();
  };

  const evaluator = async (evaluatorId: string, index: number) => {
    for (const [p, projectId] of setup.projectIds.entries()) {
      if (killed) return;
      const body = JSON.stringify(sheetBody(setup.criteria, index * 100 + p + 1));
      const write = { evaluatorId, projectId, key: `crash-${evaluatorId}-${projectId}`, body };
      try {
        const res = await putSheet(url, setup, write);
        await res.arrayBuffer();
        if (res.status >= 200 && res.status < 300) acks.push({ ...write, status: res.status });
        else failures.push(`${evaluatorId}/${projectId}: HTTP ${res.status} before the kill`);
      } catch {
        cutOff.push(write);
        return;
      }
      killWhenDue();
    }
  };
  // Staff re-enter each project's report again and again, progress rising a little each time, so
  // the last acknowledged figures tell whether an acknowledged write was lost.
  const reporter = async (project: Project) => {
    for (let n = 1; !killed; n++) {
      const progress = Math.min(100, Math.round((project.progress + n * 0.01) * 100) / 100);
      const key = `crash-report-${project.id}-${n}`;
      const write: ReportWrite = { projectId: project.id, progress, key, acked: false };
      reportWrites.push(write);
      try {
        const res = await fetch(`${url}/api/projects/${project.id}/reports/${reportPeriod}`, {
          method: "PUT",
          headers: { ...setup.staff, "content-type": "application/json", "idempotency-key": key },
          body: JSON.stringify({ investment: 0.01, progress, note: `crash check ${n}` }),
        });
        const answer = await res.text();
        if (res.status >= 200 && res.status < 300) write.acked = true;
        else
          failures.push(`report ${project.id} #${n}: HTTP ${res.status}: ${answer.slice(0, 200)}`);
      } catch (error) {
        if (!killed) failures.push(`report ${project.id} #${n}: ${(error as Error).message}`);
        return;
      }
      killWhenDue();
      if (progress >= 100) return;
    }
  };

  const start = performance.now();
  await Promise.all([...setup.evaluatorIds.map(evaluator), ...setup.allProjects.map(reporter)]);
  const seconds = (performance.now() - start) / 1000;
  if (!killed)
    failures.push("the load finished before the kill: raise the load or lower CRASH_AFTER_ACKS");
  return { acks, reportWrites, cutOff, killed, seconds };
}
