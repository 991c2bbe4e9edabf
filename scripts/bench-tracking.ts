// `npm run bench:tracking`: the tracking loop at a city's scale. The seed's 18 projects are cloned to
// 500 (each with its 旬报 history, ~36–42 旬), a server runs in this process on a temporary store,
// staff open the next round and accept a report for every project; printed: time per accept
// (store, light recomputed on read, push), push latency to a subscribed page, the dispatch agenda's
// build time over HTTP and in-process, and the project list's. Figures only, no thresholds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dispatchAgenda } from "../src/domain/dispatch-agenda";
import { type ProjectsFile, projectsFileSchema } from "../src/domain/project";
import { statusRulesSchema } from "../src/domain/status-rules";
import { startServer } from "../src/server/start-server";
import { ms, percentile, root, signInHeaders } from "./lib/scoring-load";

const projectCount = Number(process.env.BENCH_PROJECTS ?? 500);
const period = "2023-03-1";

/** A temporary data/ whose project list is the seed's, cloned (ids and names numbered) to `count`. */
function seedWithProjects(count: number): { dir: string; file: ProjectsFile } {
  const dir = mkdtempSync(join(tmpdir(), "kp-bench-tracking-"));
  cpSync(join(root, "data"), dir, { recursive: true });
  const path = join(dir, "projects.json");
  const seed = projectsFileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const projects = Array.from({ length: count }, (_, i) => {
    const base = seed.projects[i % seed.projects.length];
    if (!base) throw new Error("empty seed");
    const n = Math.floor(i / seed.projects.length);
    return n === 0
      ? base
      : {
          ...base,
          id: `${base.id}-${n}`,
          name: `${base.name}（${n}）`,
          nameEn: `${base.nameEn} (${n})`,
        };
  });
  const file = { ...seed, projects };
  writeFileSync(path, JSON.stringify(file));
  return { dir, file };
}

const time = <T>(run: () => T): [T, number] => {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
};

const { dir: seedDir, file } = seedWithProjects(projectCount);
const reportsPerProject = file.projects.reduce((n, p) => n + p.reports.length, 0) / projectCount;
const dataDir = mkdtempSync(join(tmpdir(), "kp-bench-tracking-store-"));
const [serverPromise] = time(() => startServer({ dataDir, seedDir, port: 0, host: "127.0.0.1" }));
const t0 = performance.now();
const server = await serverPromise;
console.log(
  `${projectCount} projects, ${reportsPerProject.toFixed(1)} 旬报 each on average; server started and seeded in ${ms(performance.now() - t0)}`,
);
try {
  const staff = await signInHeaders(server.url, "staff", "demo-staff");
  const leader = await signInHeaders(server.url, "leader", "demo-leader");
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const start = performance.now();
    const res = await fetch(`${server.url}${path}`, { headers });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status, bytes: body.byteLength };
  };

  const list = await get("/api/projects");
  console.log(`GET /api/projects: ${ms(list.ms)}, ${(list.bytes / 1024).toFixed(0)} KiB`);
  for (const p of ["2023-02-3"]) {
    const first = await get(`/api/dispatch/${p}`, leader);
    const again = await get(`/api/dispatch/${p}`, leader);
    console.log(
      `GET /api/dispatch/${p}: ${ms(first.ms)} first, ${ms(again.ms)} again (HTTP ${first.status}, ${(first.bytes / 1024).toFixed(0)} KiB)`,
    );
  }
  const rules = statusRulesSchema.parse(
    JSON.parse(readFileSync(join(seedDir, "status-rules.json"), "utf8")),
  );
  const [, agendaMs] = time(() =>
    dispatchAgenda("2023-02-3", file.projects, rules, { previousPeriod: "2023-02-2" }),
  );
  console.log(`dispatchAgenda() in process, ${projectCount} projects: ${ms(agendaMs)}`);

  const opened = await fetch(`${server.url}/api/rounds`, {
    method: "POST",
    headers: { ...staff, "content-type": "application/json" },
    body: JSON.stringify({ period, deadline: "2023-03-13" }),
  });
  if (opened.status !== 201) throw new Error(`opening ${period} answered HTTP ${opened.status}`);

  // A subscribed page: each "reports" change is matched to the PUT that caused it.
  const sentAt = new Map<string, number>();
  const pushes: number[] = [];
  const live = new AbortController();
  const stream = (await fetch(`${server.url}/api/live`, { signal: live.signal })).body?.getReader();
  if (!stream) throw new Error("no /api/live stream");
  const listening = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await stream.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!block.includes("event: change") || !data) continue;
          const change = JSON.parse(data) as { type?: string; projectId?: string };
          const sent = change.type === "reports" ? sentAt.get(change.projectId ?? "") : undefined;
          if (sent !== undefined) pushes.push(performance.now() - sent);
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();

  // Staff accept a report for every project (entered by staff, so it counts at once), one after
  // another as a desk would, then the same again from 8 desks at once.
  // Within the total investment, so no report needs the over-total flag.
  const room = new Map(
    file.projects.map((p) => [
      p.id,
      Math.max(0, Math.min(0.05, p.totalInvestment - p.cumulativeInvestment)),
    ]),
  );
  const accept = async (projectId: string, progress: number, key: string) => {
    const start = performance.now();
    sentAt.set(projectId, start);
    const res = await fetch(`${server.url}/api/projects/${projectId}/reports/${period}`, {
      method: "PUT",
      headers: { ...staff, "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify({
        investment: room.get(projectId) ?? 0,
        progress,
        note: "bench",
        reason: "bench",
      }),
    });
    const answer = await res.text();
    if (res.status >= 300)
      throw new Error(`${projectId}: HTTP ${res.status} ${answer.slice(0, 300)}`);
    return performance.now() - start;
  };
  const sequential: number[] = [];
  const seqStart = performance.now();
  for (const p of file.projects)
    sequential.push(await accept(p.id, Math.min(100, p.progress + 0.5), `seq-${p.id}`));
  const seqSeconds = (performance.now() - seqStart) / 1000;
  const parallel: number[] = [];
  const queue = [...file.projects];
  const parStart = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift())
        parallel.push(await accept(p.id, Math.min(100, p.progress + 1), `par-${p.id}`));
    }),
  );
  const parSeconds = (performance.now() - parStart) / 1000;
  await new Promise((r) => setTimeout(r, 500));
  live.abort();
  await listening;

  const summary = (label: string, values: number[], seconds: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `${label}: ${values.length} accepted in ${seconds.toFixed(2)} s (${(values.length / seconds).toFixed(0)}/s); per accept p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted.at(-1) ?? 0)}`,
    );
  };
  summary("One desk", sequential, seqSeconds);
  summary("Eight desks", parallel, parSeconds);
  const sortedPush = [...pushes].sort((a, b) => a - b);
  console.log(
    `Push to a subscribed page (PUT sent → change received): ${pushes.length} changes, p50 ${ms(percentile(sortedPush, 50))}, p95 ${ms(percentile(sortedPush, 95))}`,
  );
  const after = await get(`/api/dispatch/${period}`, leader);
  console.log(`GET /api/dispatch/${period} after the round: ${ms(after.ms)}`);
  const listAfter = await get("/api/projects");
  console.log(`GET /api/projects after the round: ${ms(listAfter.ms)}`);
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(seedDir, { recursive: true, force: true });
}
