/** The inspection event, its anonymous evaluators and their score sheets (all illustrative). */
import type {
  Evaluator,
  InspectionEvent,
  ScoreSheet,
  Vote,
} from "../../src/domain/scoring-schemas";
import { type Rng, stream } from "./prng";
import type { CatalogueEntry } from "./project-catalogue";

export const EVENT_ID = "2023-02-24-inspection";

export function buildEvent(projectIds: string[]): InspectionEvent {
  return {
    id: EVENT_ID,
    name: "全区重点项目现场观摩会",
    nameEn: "District key-project site inspection",
    date: "2023-02-24",
    venue: "即墨宾馆会议中心",
    venueEn: "Jimo Hotel Conference Centre",
    state: "published",
    projectIds,
    groups: [
      { id: "district_leaders", name: "区领导", nameEn: "District leaders", weight: 0.4 },
      { id: "department_heads", name: "部门负责人", nameEn: "Heads of departments", weight: 0.3 },
      {
        id: "town_heads",
        name: "镇街负责人",
        nameEn: "Heads of towns and sub-districts",
        weight: 0.3,
      },
    ],
    scheme: {
      id: "default-100",
      name: "默认评分方案（百分制，示意）",
      nameEn: "Default 100-point scheme (illustrative)",
      illustrative: true,
      criteria: [
        { id: "progress", name: "项目建设进度", nameEn: "Construction progress", max: 30 },
        { id: "investment", name: "投资完成情况", nameEn: "Investment completed", max: 20 },
        {
          id: "technology",
          name: "科技含量与产业带动",
          nameEn: "Technology content and industrial leverage",
          max: 20,
        },
        {
          id: "site_management",
          name: "现场管理与安全文明",
          nameEn: "Site management, safety and tidiness",
          max: 15,
        },
        { id: "benefit", name: "综合效益", nameEn: "Overall benefits", max: 15 },
      ],
    },
    voteOptions: [
      { id: "satisfied", name: "满意", nameEn: "Satisfied", value: 1 },
      { id: "basically_satisfied", name: "基本满意", nameEn: "Basically satisfied", value: 0.6 },
      { id: "unsatisfied", name: "不满意", nameEn: "Unsatisfied", value: 0 },
    ],
    rules: { trimMinSheets: 5, weightByGroup: false, scoreWeight: 0.8, satisfactionWeight: 0.2 },
  };
}

/** A second, open event for practising desk entry: only some sheets are in, so gaps show. */
export const PRACTICE_EVENT_ID = "demo-entry-practice";

export function buildPracticeEvent(main: InspectionEvent): InspectionEvent {
  return {
    ...main,
    id: PRACTICE_EVENT_ID,
    name: "演示：评分录入练习（示意）",
    nameEn: "Demo: score-entry practice (illustrative)",
    date: "2023-03-10",
    state: "open",
  };
}

/**
 * About 40 % of the practice event's pairs have a sheet. Evaluators from e60 on have none, so a
 * practice run (and the end-to-end test) can key in whole sheets without touching existing ones.
 */
export function buildPracticeSheets(
  event: InspectionEvent,
  evaluators: Evaluator[],
  entries: CatalogueEntry[],
  rng: Rng,
): ScoreSheet[] {
  const all = buildSheets(event, evaluators, entries, rng);
  const pick = stream(20230310, "practice-pairs");
  return all.filter((s) => Number(s.evaluatorId.slice(1)) < 60 && pick.chance(0.48));
}

const GROUP_SIZES: Array<[string, number]> = [
  ["district_leaders", 12],
  ["department_heads", 30],
  ["town_heads", 30],
];

export function buildEvaluators(): Evaluator[] {
  const out: Evaluator[] = [];
  for (const [groupId, size] of GROUP_SIZES)
    for (let i = 0; i < size; i++) {
      const n = String(out.length + 1).padStart(2, "0");
      out.push({ id: `e${n}`, label: `评委${n}`, labelEn: `Evaluator ${n}`, groupId });
    }
  return out;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The pair made to tie on composite by construction, separated only by the satisfied-share tie-break. */
export const TIED_PAIR = ["impulse-sports-industrial-park", "tsingtao-brewery-rd-base"] as const;

type Draft = { sheet: ScoreSheet & { scores: Record<string, number> }; voteScore: number };

export function buildSheets(
  event: InspectionEvent,
  evaluators: Evaluator[],
  entries: CatalogueEntry[],
  rng: Rng,
): ScoreSheet[] {
  const criteria = event.scheme.criteria;
  // Evaluators: leniency (points), how strongly they separate good from weak, and their noise.
  const style = new Map(
    evaluators.map((e) => {
      const groupShift =
        e.groupId === "district_leaders" ? -1 : e.groupId === "town_heads" ? 0.5 : 0;
      const s = {
        bias: rng.normal(groupShift, 2.5),
        spread: rng.uniform(0.6, 1.4),
        noise: rng.uniform(1.5, 3.5),
        quirk: criteria.map(() => rng.normal(0, 0.02)),
      };
      return [e.id, s] as const;
    }),
  );
  // A few outliers: one very harsh, one very lenient, one erratic.
  Object.assign(style.get("e07") ?? {}, { bias: -9 });
  Object.assign(style.get("e29") ?? {}, { bias: 7.5 });
  Object.assign(style.get("e58") ?? {}, { noise: 7 });

  // Project quality: ahead of plan and high technology score better.
  const quality = new Map<string, number>();
  for (const p of entries) {
    const ytdEffect = clamp(10 * (p.ytdShare - 0.16), -1.5, 3);
    quality.set(
      p.id,
      81 + 22 * (p.pace - 0.97) + 8 * (p.tech - 0.5) + ytdEffect + rng.normal(0, 1.2),
    );
  }
  quality.set(TIED_PAIR[1], quality.get(TIED_PAIR[0]) as number);

  // Criterion profile per project (fractions of each maximum, summing to zero in points).
  const profile = new Map<string, number[]>();
  for (const p of entries) {
    const ahead = clamp((p.pace - 0.97) / 0.3, -1, 1);
    const ytd = clamp((p.ytdShare - 0.16) / 0.15, -1, 1);
    const tech = (p.tech - 0.5) * 2;
    const raw: Record<string, number> = {
      progress: 0.1 * ahead,
      investment: 0.1 * ytd,
      technology: 0.12 * tech,
      site_management: rng.normal(0, 0.03),
      benefit: 0.05 * tech + 0.05 * ahead,
    };
    const d = criteria.map((c) => raw[c.id] ?? 0);
    const totalMax = criteria.reduce((a, c) => a + c.max, 0);
    const mean = criteria.reduce((a, c, i) => a + c.max * (d[i] as number), 0) / totalMax;
    profile.set(
      p.id,
      d.map((v) => v - mean),
    );
  }

  const drafts: Draft[] = [];
  for (const p of entries)
    for (const e of evaluators) {
      const s = style.get(e.id);
      if (!s) throw new Error(`no style for ${e.id}`);
      let total =
        80 + s.bias + s.spread * ((quality.get(p.id) as number) - 80) + rng.normal(0, s.noise);
      if (rng.chance(0.01)) total += rng.chance(0.5) ? 12 : -12;
      total = clamp(total, 45, 99);
      const d = profile.get(p.id) as number[];
      const scores: Record<string, number> = {};
      criteria.forEach((c, i) => {
        const f = clamp(
          total / 100 + (d[i] as number) + (s.quirk[i] as number) + rng.normal(0, 0.035),
          0,
          1,
        );
        scores[c.id] = Math.round(c.max * f);
      });
      drafts.push({
        sheet: { eventId: event.id, evaluatorId: e.id, projectId: p.id, scores, vote: null },
        voteScore: sumScores(scores) + rng.normal(0, 3),
      });
    }

  for (const d of drafts) d.sheet.vote = voteFor(d.voteScore);
  tiePair(drafts, event);
  return drafts.map((d) => d.sheet);
}

const sumScores = (scores: Record<string, number>) =>
  Object.values(scores).reduce((a, b) => a + b, 0);

function voteFor(score: number): Vote {
  if (score >= 85) return "satisfied";
  if (score >= 72) return "basically_satisfied";
  return "unsatisfied";
}

/** Sum of totals after dropping one highest and one lowest. */
export function trimmedSum(totals: number[]): number {
  const sorted = [...totals].sort((a, b) => a - b);
  return sorted.slice(1, -1).reduce((a, b) => a + b, 0);
}

/**
 * Makes the pair's trimmed sums equal (nudging interior sheets of the second project by one point
 * at a time) and gives both the same satisfaction index with different satisfied shares.
 */
function tiePair(drafts: Draft[], event: InspectionEvent): void {
  const [aId, bId] = TIED_PAIR;
  const a = drafts.filter((d) => d.sheet.projectId === aId);
  const b = drafts.filter((d) => d.sheet.projectId === bId);
  const totals = (list: Draft[]) => list.map((d) => sumScores(d.sheet.scores));
  let guard = 0;
  for (let diff = trimmedSum(totals(a)) - trimmedSum(totals(b)); diff !== 0; guard++) {
    if (guard > 500) throw new Error("could not tie the pair");
    const step = Math.sign(diff);
    const t = totals(b);
    const lo = Math.min(...t);
    const hi = Math.max(...t);
    // Rotate through sheets strictly inside (lo, hi) so the dropped ones stay dropped.
    const inner = b.filter((d) => {
      const v = sumScores(d.sheet.scores);
      return v + step > lo && v + step < hi && v > lo && v < hi;
    });
    const target = inner[guard % inner.length];
    if (!target) throw new Error("no interior sheet to adjust");
    const crit = event.scheme.criteria[guard % event.scheme.criteria.length];
    if (!crit) throw new Error("no criterion");
    const cur = target.sheet.scores[crit.id] as number;
    if (cur + step < 0 || cur + step > crit.max) continue;
    target.sheet.scores[crit.id] = cur + step;
    target.voteScore += step;
    diff -= step;
  }
  // Votes: B gets three more 满意, five fewer 基本满意 and two more 不满意 than A:
  // 3 × 1 − 5 × 0.6 + 2 × 0 = 0, so the satisfaction index is the same.
  const count = (v: Vote) => a.filter((d) => d.sheet.vote === v).length;
  const sat = count("satisfied") + 3;
  const basic = count("basically_satisfied") - 5;
  if (basic < 0 || sat + basic > b.length) throw new Error("cannot shape the tied pair's votes");
  const ranked = [...b].sort((x, y) => y.voteScore - x.voteScore);
  ranked.forEach((d, i) => {
    d.sheet.vote = i < sat ? "satisfied" : i < sat + basic ? "basically_satisfied" : "unsatisfied";
  });
}

/** The generator's own summary of results (trimmed mean, satisfaction, composite) for the log. */
export function summarize(event: InspectionEvent, sheets: ScoreSheet[]) {
  const values = Object.fromEntries(event.voteOptions.map((o) => [o.id, o.value]));
  return event.projectIds.map((id) => {
    const mine = sheets.filter((s) => s.projectId === id);
    const totals = mine.map((s) => sumScores(s.scores));
    const base = trimmedSum(totals) / (totals.length - 2);
    const votes = mine.filter((s) => s.vote);
    const satisfaction =
      (100 * votes.reduce((a, s) => a + (values[s.vote as string] ?? 0), 0)) / votes.length;
    const satisfiedShare = votes.filter((s) => s.vote === "satisfied").length / votes.length;
    const composite =
      event.rules.scoreWeight * base + event.rules.satisfactionWeight * satisfaction;
    return {
      id,
      base,
      satisfaction,
      satisfiedShare,
      composite,
      min: Math.min(...totals),
      max: Math.max(...totals),
    };
  });
}
