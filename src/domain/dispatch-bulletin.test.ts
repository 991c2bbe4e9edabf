/**
 * The bulletin drafted after a dispatch meeting says what the agenda says: the same lights, the same
 * projects behind with the same reasons, the same overdue problems, and a plan sentence whose words
 * ("behind" / "ahead") agree with its own figures.
 */
import { describe, expect, it } from "vitest";
import projectsFile from "../../data/projects.json";
import statusRulesFile from "../../data/status-rules.json";
import { dispatchBulletin } from "./bulletin";
import { dispatchAgenda } from "./dispatch-agenda";
import { projectsFileSchema } from "./project";
import { statusRulesSchema } from "./status-rules";

const { projects } = projectsFileSchema.parse(projectsFile);
const rules = statusRulesSchema.parse(statusRulesFile);
const agenda = dispatchAgenda("2023-02-3", projects, rules, { previousPeriod: "2023-02-2" });
const zh = dispatchBulletin({ agenda, illustrative: true, lang: "zh" });
const en = dispatchBulletin({ agenda, illustrative: true, lang: "en" });

describe("the dispatch bulletin", () => {
  it("names the 旬 and counts the lights as the agenda does", () => {
    expect(zh.title).toBe("关于2023年2月下旬重点项目推进情况的通报");
    const { green, yellow, red } = agenda.lightCounts;
    expect(zh.sections[0]?.paragraphs[0]).toBe(
      `纳入调度的 18 个重点项目中，绿灯 ${green} 个、黄灯 ${yellow} 个、红灯 ${red} 个。`,
    );
  });

  it("lists every project behind, in the agenda's order, with the agenda's reason", () => {
    const rows = zh.sections[1]?.table?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(agenda.projects.map((p) => p.name));
    expect(rows.map((r) => r[3])).toEqual(agenda.projects.map((p) => p.reason.zh));
    expect(rows.map((r) => r[2])).toEqual(
      agenda.projects.map((p) => (p.light === "red" ? "红灯" : "黄灯")),
    );
    expect(en.sections[1]?.table?.rows.map((r) => r[3])).toEqual(
      agenda.projects.map((p) => p.reason.en),
    );
  });

  it("lists each overdue problem once, with its days overdue", () => {
    const rows = zh.sections[2]?.table?.rows ?? [];
    expect(rows).toHaveLength(agenda.overdueProblems.length);
    for (const p of agenda.overdueProblems)
      expect(rows.some((r) => r[1] === p.description && r[4] === String(p.daysOverdue))).toBe(true);
  });

  const withPlan = (completionPct: number, timeElapsedPct: number) =>
    dispatchBulletin({
      agenda: {
        ...agenda,
        plan: {
          yearPlanInvestment: 100,
          ytdInvestment: completionPct,
          completionPct,
          timeElapsedPct,
          behindPoints: timeElapsedPct - completionPct,
        },
      },
      illustrative: false,
      lang: "zh",
    }).sections[0]?.paragraphs[1];

  it("says behind only when completion is below 序时进度, and by the gap it prints", () => {
    expect(withPlan(10, 16.2)).toContain("低于序时进度（16.2%）6.2 个百分点");
    expect(withPlan(20, 16.2)).toContain("高于序时进度（16.2%）3.8 个百分点");
    expect(withPlan(16.2, 16.2)).toContain("与序时进度持平");
    // A gap that rounds to 0.0 is level, not "behind by 0.0".
    expect(withPlan(16.16, 16.2)).toContain("与序时进度持平");
  });

  it("the seed's own plan sentence agrees with its figures", () => {
    const sentence = zh.sections[0]?.paragraphs[1] ?? "";
    const behind = agenda.plan.behindPoints ?? 0;
    expect(sentence).toContain(behind > 0 ? "低于序时进度" : behind < 0 ? "高于序时进度" : "持平");
  });
});
