// Shared by `npm run bench:scoring` and `npm run check:crash`: a seed with more evaluators, and
// the calls a load client makes. Only ever pointed at 127.0.0.1.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");
/** Open in the seed, with room for fresh sheets: load goes here, never to the published event. */
export const loadEventId = "demo-entry-practice";

type Criterion = { id: string; max: number };
export type LoadEvent = { projectIds: string[]; criteria: Criterion[] };

/** A temporary copy of data/ whose roster is padded to `count` evaluators (e73… illustrative). */
export function seedWithEvaluators(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "kp-load-seed-"));
  cpSync(join(root, "data"), dir, { recursive: true });
  const file = join(dir, "evaluators.json");
  const roster = JSON.parse(readFileSync(file, "utf8")) as {
    evaluators: { id: string; label: string; labelEn: string; groupId: string }[];
  };
  const groups = ["district_leaders", "department_heads", "town_heads"];
  for (let n = roster.evaluators.length + 1; n <= count; n++) {
    const num = String(n).padStart(2, "0");
    roster.evaluators.push({
      id: `e${num}`,
      label: `评委${num}`,
      labelEn: `Evaluator ${num}`,
      groupId: groups[n % groups.length] ?? "town_heads",
    });
  }
  writeFileSync(file, JSON.stringify(roster, null, 2));
  return dir;
}

/** Signs in with the demo account and returns headers for cookie-authenticated writes. */
export async function signInHeaders(url: string, username: string, password: string) {
  const res = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: HTTP ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
}

/** Reopens the event when it is not open (an admin and a reason, as for anyone). */
export async function ensureOpen(url: string, admin: Record<string, string>, eventId: string) {
  const { event } = (await (await fetch(`${url}/api/events/${eventId}`)).json()) as {
    event: { state: string };
  };
  if (event.state === "open") return;
  const res = await fetch(`${url}/api/events/${eventId}/state`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({ state: "open", reason: "load measurement" }),
  });
  if (res.status !== 200) throw new Error(`reopening ${eventId}: HTTP ${res.status}`);
}

export async function loadEvent(url: string, eventId: string): Promise<LoadEvent> {
  const { event } = (await (await fetch(`${url}/api/events/${eventId}`)).json()) as {
    event: { projectIds: string[]; scheme: { criteria: Criterion[] } };
  };
  return { projectIds: event.projectIds, criteria: event.scheme.criteria };
}

/** Personal links for the evaluators, issued by staff; returns evaluatorId → bearer token. */
export async function issueLinks(
  url: string,
  staff: Record<string, string>,
  eventId: string,
  evaluatorIds: string[],
): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  for (const evaluatorId of evaluatorIds) {
    const res = await fetch(`${url}/api/events/${eventId}/links/${evaluatorId}`, {
      method: "POST",
      headers: staff,
    });
    if (res.status !== 201) throw new Error(`link for ${evaluatorId}: HTTP ${res.status}`);
    tokens.set(evaluatorId, ((await res.json()) as { token: string }).token);
  }
  return tokens;
}

/** A plausible sheet, different per seed: whole and half points within each criterion's maximum. */
export function sheetBody(criteria: Criterion[], seed: number, reason?: string) {
  const scores = Object.fromEntries(
    criteria.map((c, i) => {
      const share = 0.55 + (((seed * 7919 + i * 104729) % 4001) / 4000) * 0.45;
      return [c.id, Math.round(c.max * share * 2) / 2];
    }),
  );
  const votes = ["satisfied", "basically_satisfied", "unsatisfied"] as const;
  return { scores, vote: votes[seed % 3], ...(reason ? { reason } : {}) };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0)
    : 0;
export const ms = (v: number) => `${v.toFixed(1)} ms`;
