// One measurement of `npm run bench:scoring` against running nodes: evaluators' phones sending their
// sheets (personal links, Idempotency-Keys) split evenly over the nodes, and a page's /api/live
// stream on the last node, on which each change is matched to the acknowledged PUT that caused it.
import { pairKey } from "../../src/domain/pair-key";
import { subscribeLive } from "./live-subscriber";
import { groupCpuMs } from "./process-cpu";
import {
  ensureOpen,
  issueLinks,
  loadEvent,
  loadEventId,
  sheetBody,
  signInHeaders,
} from "./scoring-load";
import type { ServerProcess } from "./server-process";

export type LoadFigures = {
  seconds: number;
  /** Answered PUTs' round trips in ms, sorted; `first` each evaluator's first, `later` the rest. */
  latencies: number[];
  first: number[];
  later: number[];
  statuses: Map<number, number>;
  /** Non-2xx answers and requests that got no answer. */
  errors: number;
  /** Acknowledgement → change on the stream in ms, sorted, by where the write was taken. */
  pushSameNode: number[];
  pushAcrossNodes: number[];
  acknowledged: number;
  /** The servers' CPU (all nodes), and this process's (clients and subscriber), in ms. */
  serverCpuMs: number | undefined;
  loadCpuMs: number;
};

const sorted = (values: number[]) => values.sort((a, b) => a - b);

const serversCpuMs = (nodes: ServerProcess[]) => {
  let total = 0;
  for (const { child } of nodes) {
    const ms = child.pid ? groupCpuMs(child.pid) : undefined;
    if (ms === undefined) return undefined;
    total += ms;
  }
  return total;
};

export async function measureLoad(
  nodes: ServerProcess[],
  clients: number,
  loadSeconds: number,
): Promise<LoadFigures> {
  const [first] = nodes;
  const subscriberNode = nodes.length - 1;
  const subscriberUrl = nodes[subscriberNode]?.url;
  if (!first || !subscriberUrl) throw new Error("no node to measure");
  const admin = await signInHeaders(first.url, "admin", "demo-admin");
  const staff = await signInHeaders(first.url, "staff", "demo-staff");
  await ensureOpen(first.url, admin, loadEventId);
  const { projectIds, criteria } = await loadEvent(first.url, loadEventId);
  const evaluatorIds = Array.from(
    { length: clients },
    (_, i) => `e${String(i + 1).padStart(2, "0")}`,
  );
  const tokens = await issueLinks(first.url, staff, loadEventId, evaluatorIds);

  // A change may reach the stream before its writer hears the answer: both moments are kept.
  const arrivedAt = new Map<string, number>();
  const ackedAt = new Map<string, { at: number; node: number }>();
  const live = await subscribeLive(subscriberUrl, (change, at) => {
    if (change.type !== "sheets" || !change.evaluatorId || !change.projectId) return;
    const key = pairKey({ evaluatorId: change.evaluatorId, projectId: change.projectId });
    if (!arrivedAt.has(key)) arrivedAt.set(key, at);
  });

  const latencies: number[] = [];
  const firstLatencies: number[] = [];
  const laterLatencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const serverCpuBefore = serversCpuMs(nodes);
  const loadCpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + loadSeconds * 1000;
  // Each client is one evaluator's phone, sending its sheets one after another, project by project.
  const client = async (evaluatorId: string, index: number) => {
    const node = index % nodes.length;
    const url = nodes[node]?.url;
    for (const [p, projectId] of projectIds.entries()) {
      if (performance.now() > deadline) return;
      // A reason is harmless on a new sheet and needed where the seed already has one.
      const body = JSON.stringify(sheetBody(criteria, index * 100 + p + 1, "bench"));
      const t0 = performance.now();
      try {
        const res = await fetch(
          `${url}/api/events/${loadEventId}/sheets/${evaluatorId}/${projectId}`,
          {
            method: "PUT",
            headers: {
              authorization: `Bearer ${tokens.get(evaluatorId)}`,
              "content-type": "application/json",
              "idempotency-key": `bench-${evaluatorId}-${projectId}`,
            },
            body,
          },
        );
        await res.arrayBuffer();
        const answered = performance.now();
        latencies.push(answered - t0);
        (p === 0 ? firstLatencies : laterLatencies).push(answered - t0);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.ok) ackedAt.set(pairKey({ evaluatorId, projectId }), { at: answered, node });
        else errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(evaluatorIds.map(client));
  const seconds = (performance.now() - started) / 1000;
  const loadCpu = process.cpuUsage(loadCpuBefore);
  const serverCpuAfter = serversCpuMs(nodes);
  // Let the last changes reach the subscriber (across nodes they go through PostgreSQL).
  await new Promise((r) => setTimeout(r, 1000));
  await live.stop();

  const pushSameNode: number[] = [];
  const pushAcrossNodes: number[] = [];
  for (const [key, ack] of ackedAt) {
    const arrived = arrivedAt.get(key);
    if (arrived === undefined) continue;
    // 0 when the page had the change before the writer had its answer.
    (ack.node === subscriberNode ? pushSameNode : pushAcrossNodes).push(
      Math.max(0, arrived - ack.at),
    );
  }
  return {
    seconds,
    latencies: sorted(latencies),
    first: sorted(firstLatencies),
    later: sorted(laterLatencies),
    statuses,
    errors,
    pushSameNode: sorted(pushSameNode),
    pushAcrossNodes: sorted(pushAcrossNodes),
    acknowledged: ackedAt.size,
    serverCpuMs:
      serverCpuBefore === undefined || serverCpuAfter === undefined
        ? undefined
        : serverCpuAfter - serverCpuBefore,
    loadCpuMs: (loadCpu.user + loadCpu.system) / 1000,
  };
}
