// `npm run bench:scoring`: submissions/s and latency with 200 concurrent evaluators (personal links,
// bearer tokens, Idempotency-Keys) against a real server on 127.0.0.1 with a temporary store, with the
// process's CPU per submission and how many sheets each durable commit carried; the time
// from a submission to its "change" on /api/live; then the in-process aggregation time for 300
// evaluators × 2,000 projects. Figures only, no thresholds: the machines are noisy.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pairKey } from "../src/domain/pair-key";
import { startServer } from "../src/server/start-server";
import { syntheticScoring, timeAggregation } from "./lib/aggregation-load";
import {
  ensureOpen,
  issueLinks,
  loadEvent,
  loadEventId,
  ms,
  percentile,
  seedWithEvaluators,
  sheetBody,
  signInHeaders,
} from "./lib/scoring-load";

const clients = Number(process.env.BENCH_CLIENTS ?? 200);
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 30);

// ---- 1. Load over HTTP -------------------------------------------------------------------------
const seedDir = seedWithEvaluators(clients);
const dataDir = mkdtempSync(join(tmpdir(), "kp-bench-scoring-"));
const server = await startServer({ dataDir, seedDir, port: 0, host: "127.0.0.1" });
console.log(`Server ${server.url} (in this process), store ${dataDir}`);
try {
  const admin = await signInHeaders(server.url, "admin", "demo-admin");
  const staff = await signInHeaders(server.url, "staff", "demo-staff");
  await ensureOpen(server.url, admin, loadEventId);
  const { projectIds, criteria } = await loadEvent(server.url, loadEventId);
  const evaluatorIds = Array.from(
    { length: clients },
    (_, i) => `e${String(i + 1).padStart(2, "0")}`,
  );
  const linkStart = performance.now();
  const tokens = await issueLinks(server.url, staff, loadEventId, evaluatorIds);
  console.log(`Issued ${tokens.size} personal links in ${ms(performance.now() - linkStart)}`);

  // The subscriber: a page's /api/live stream; each change is matched to the PUT that caused it.
  const sentAt = new Map<string, number>();
  const pushLatencies: number[] = [];
  const live = new AbortController();
  const liveRes = await fetch(`${server.url}/api/live`, { signal: live.signal });
  const reader = liveRes.body?.getReader();
  if (!reader) throw new Error("no /api/live stream");
  const listening = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          if (!block.includes("event: change")) continue;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          const change = data
            ? (JSON.parse(data) as { evaluatorId?: string; projectId?: string })
            : {};
          const sent = sentAt.get(
            pairKey({ evaluatorId: change.evaluatorId ?? "", projectId: change.projectId ?? "" }),
          );
          if (sent !== undefined) pushLatencies.push(performance.now() - sent);
        }
      }
    } catch {
      // Aborted at the end of the run.
    }
  })();

  const latencies: number[] = [];
  // Each evaluator's first submission opens its connection: 200 at once are a burst of their own.
  const firstLatencies: number[] = [];
  const laterLatencies: number[] = [];
  const statuses = new Map<number, number>();
  const deadline = performance.now() + loadSeconds * 1000;
  const commitsBefore = server.services.commits.stats();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  // Each client is one evaluator's phone, sending its sheets one after another, project by project.
  const client = async (evaluatorId: string, index: number) => {
    const headers = {
      authorization: `Bearer ${tokens.get(evaluatorId)}`,
      "content-type": "application/json",
    };
    for (const [p, projectId] of projectIds.entries()) {
      if (performance.now() > deadline) return;
      // A reason is harmless on a new sheet and needed where the seed already has one.
      const body = JSON.stringify(sheetBody(criteria, index * 100 + p + 1, "bench"));
      const t0 = performance.now();
      sentAt.set(pairKey({ evaluatorId, projectId }), t0);
      const res = await fetch(
        `${server.url}/api/events/${loadEventId}/sheets/${evaluatorId}/${projectId}`,
        {
          method: "PUT",
          headers: { ...headers, "idempotency-key": `bench-${evaluatorId}-${projectId}` },
          body,
        },
      );
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      (p === 0 ? firstLatencies : laterLatencies).push(performance.now() - t0);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(evaluatorIds.map(client));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const commitsAfter = server.services.commits.stats();
  // Let the last changes reach the subscriber.
  await new Promise((r) => setTimeout(r, 300));
  live.abort();
  await listening;

  latencies.sort((a, b) => a - b);
  firstLatencies.sort((a, b) => a - b);
  laterLatencies.sort((a, b) => a - b);
  pushLatencies.sort((a, b) => a - b);
  const statusText = [...statuses].map(([s, n]) => `${s}×${n}`).join(", ");
  console.log(
    `\nSubmissions: ${latencies.length} PUTs from ${clients} concurrent evaluators in ${elapsed.toFixed(2)} s (${statusText})`,
  );
  console.log(`  throughput ${(latencies.length / elapsed).toFixed(0)} submissions/s`);
  console.log(
    `  latency p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
  );
  console.log(
    `    each evaluator's first (connections opening together): p50 ${ms(percentile(firstLatencies, 50))}, p95 ${ms(percentile(firstLatencies, 95))}; the later ones: p50 ${ms(percentile(laterLatencies, 50))}, p95 ${ms(percentile(laterLatencies, 95))}`,
  );
  // CPU per submission is steadier than wall time on a shared machine: other work steals cores.
  console.log(
    `  process CPU ${ms((cpu.user + cpu.system) / 1000 / latencies.length)} per submission (server, clients and subscriber together)`,
  );
  const commits = commitsAfter.commits - commitsBefore.commits;
  const written = commitsAfter.writes - commitsBefore.writes;
  console.log(
    `  durable commits: ${commits} (${(commits / elapsed).toFixed(0)}/s) for ${written} writes, ${(written / Math.max(commits, 1)).toFixed(1)} writes per commit on average, at most ${commitsAfter.largest}`,
  );
  console.log(
    `Submission → change on /api/live (${pushLatencies.length} changes): p50 ${ms(percentile(pushLatencies, 50))}, p95 ${ms(percentile(pushLatencies, 95))}`,
  );
  console.log(
    "  (clients, subscriber and server share one Node process and 2 cores: figures are pessimistic)",
  );
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(seedDir, { recursive: true, force: true });
}

// ---- 2. Aggregation in process -----------------------------------------------------------------
const evaluatorCount = 300;
const projectCount = 2000;
const scoring = syntheticScoring(evaluatorCount, projectCount);
console.log(
  `\nAggregation: ${evaluatorCount} evaluators × ${projectCount} projects = ${scoring.sheets.length.toLocaleString("en")} sheets (built in memory)`,
);
const took = timeAggregation(scoring);
console.log(`  computeEventResults: ${ms(took.results)}`);
console.log(`  computeQualitySignals: ${ms(took.quality)}`);
console.log(`  rankingsByMethod: ${ms(took.methods)}`);
console.log(
  `  results + quality signals + rankings together: ${ms(took.results + took.quality + took.methods)}`,
);
