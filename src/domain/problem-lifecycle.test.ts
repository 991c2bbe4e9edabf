import { describe, expect, it } from "vitest";
import {
  availableProblemActions,
  isRefusal,
  mayActOnProblem,
  problemAction,
  problemRefusalText,
} from "./problem-lifecycle";
import { problemStanding } from "./problem-standing";
import type { Problem } from "./project";

const AT = "2023-03-02T08:00:00.000Z";
const AS_OF = "2023-02-28";
const open: Problem = {
  id: "q1",
  description: "用地指标待落实",
  descriptionEn: "Land quota pending",
  type: "land",
  ownerUnit: "区自然资源局",
  ownerUnitEn: "District Natural Resources Bureau",
  raisedDate: "2023-01-10",
  dueDate: "2023-02-10",
  status: "open",
  resolvedDate: null,
};

const step = (p: Problem, action: Parameters<typeof problemAction>[1], note?: string) => {
  const next = problemAction(p, action, "user:staff", note, AT, AS_OF);
  if (isRefusal(next)) throw new Error(next.refused);
  return next;
};

describe("problem lifecycle", () => {
  it("goes open → awaiting_close → closed, with the 销号 date and every step in the history", () => {
    const applied = step(open, "resolve", "指标已下达");
    expect(applied.status).toBe("awaiting_close");
    const closed = step(applied, "close");
    expect(closed.status).toBe("closed");
    expect(closed.resolvedDate).toBe(AS_OF);
    expect(closed.history).toEqual([
      { at: AT, actor: "user:staff", action: "resolve", note: "指标已下达" },
      { at: AT, actor: "user:staff", action: "close" },
    ]);
    expect(open.history).toBeUndefined(); // the input is left as it was
  });

  it("returns to open with a reason, and a closed one reopens with a reason", () => {
    const returned = step(step(open, "resolve", "done"), "return", "材料不全");
    expect(returned.status).toBe("open");
    const reopened = step(step(step(open, "resolve", "done"), "close"), "reopen", "问题复发");
    expect(reopened.status).toBe("open");
    expect(reopened.resolvedDate).toBeNull();
  });

  it("refuses resolve, return and reopen without a note (blank counts as none)", () => {
    expect(problemAction(open, "resolve", "a", "  ", AT, AS_OF)).toEqual({
      refused: "problem_note_required",
      params: { action: "resolve" },
    });
    const waiting = step(open, "resolve", "done");
    expect(problemAction(waiting, "return", "a", undefined, AT, AS_OF)).toMatchObject({
      refused: "problem_note_required",
    });
  });

  it("refuses a step the status does not allow, and says so in both languages", () => {
    const refusal = problemAction(open, "close", "a", undefined, AT, AS_OF);
    expect(refusal).toEqual({
      refused: "problem_invalid_action",
      params: { status: "open", action: "close" },
    });
    if (!isRefusal(refusal)) throw new Error("expected a refusal");
    expect(problemRefusalText(refusal, "zh")).toBe("该问题当前为“办理中”，不能“销号”。");
    expect(problemRefusalText(refusal, "en")).toBe(
      'The problem is "Open", so it cannot take "Close".',
    );
    for (const action of ["return", "reopen"] as const)
      expect(isRefusal(problemAction(open, action, "a", "x", AT, AS_OF))).toBe(true);
  });
});

describe("who may act on a problem", () => {
  it("staff and admins may do everything; a unit may only apply to close its own", () => {
    for (const role of ["staff", "admin"])
      for (const action of ["raise", "resolve", "close", "return", "reopen"] as const)
        expect(mayActOnProblem({ role }, action, "区工业和信息化局")).toBe(true);
    const unit = { role: "unit", unit: "区工业和信息化局" };
    expect(mayActOnProblem(unit, "resolve", "区工业和信息化局")).toBe(true);
    expect(mayActOnProblem(unit, "resolve", "区住房和城乡建设局")).toBe(false);
    expect(mayActOnProblem(unit, "close", "区工业和信息化局")).toBe(false);
    expect(mayActOnProblem({ role: "leader" }, "resolve", "区工业和信息化局")).toBe(false);
    expect(mayActOnProblem({ role: "unit" }, "resolve", "区工业和信息化局")).toBe(false);
  });
});

describe("problem standing at 数据截至", () => {
  const rules = { escalateProblemAfterDays: 15 };
  it("counts days open and overdue; escalates beyond the threshold, not at it", () => {
    expect(problemStanding({ ...open, dueDate: "2023-02-13" }, AS_OF, rules)).toEqual({
      daysOpen: 49,
      overdueDays: 15,
      overdue: true,
      escalated: false,
    });
    expect(problemStanding({ ...open, dueDate: "2023-02-12" }, AS_OF, rules)).toMatchObject({
      overdueDays: 16,
      escalated: true,
    });
  });
  it("due today is not overdue; awaiting closure still is; closed never is", () => {
    expect(problemStanding({ ...open, dueDate: AS_OF }, AS_OF, rules).overdue).toBe(false);
    expect(problemStanding({ ...open, status: "awaiting_close" }, AS_OF, rules).overdueDays).toBe(
      18,
    );
    const closed = { ...open, status: "closed" as const, resolvedDate: "2023-02-20" };
    expect(problemStanding(closed, AS_OF, rules)).toEqual({
      daysOpen: 41,
      overdueDays: 0,
      overdue: false,
      escalated: false,
    });
  });
});

describe("the steps a screen offers", () => {
  it("follow the status and who is acting", () => {
    const staff = { role: "staff" };
    const unit = { role: "unit", unit: "区供电公司" };
    expect(availableProblemActions(open, staff, "x")).toEqual(["resolve"]);
    expect(availableProblemActions({ status: "awaiting_close" }, staff, "x")).toEqual([
      "close",
      "return",
    ]);
    expect(availableProblemActions({ status: "closed" }, staff, "x")).toEqual(["reopen"]);
    expect(availableProblemActions(open, unit, "区供电公司")).toEqual(["resolve"]);
    expect(availableProblemActions({ status: "awaiting_close" }, unit, "区供电公司")).toEqual([]);
    expect(availableProblemActions(open, { role: "leader" }, "x")).toEqual([]);
  });
});
