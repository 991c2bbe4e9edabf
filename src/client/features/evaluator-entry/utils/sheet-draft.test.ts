import { describe, expect, it } from "vitest";
import { checkDraft, draftFromSheet } from "./sheet-draft";
import { sheetState } from "./sheet-state";

const criteria = [
  { id: "progress", name: "项目建设进度", nameEn: "Progress", max: 30 },
  { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 15 },
];
const draft = (scores: Record<string, string>, vote?: "satisfied") => ({
  scores,
  vote,
  comment: "",
  reason: "",
});

describe("checkDraft", () => {
  it("builds the body when everything is in order", () => {
    const check = checkDraft(draft({ progress: "25.5", benefit: "12" }, "satisfied"), criteria, {
      needsReason: false,
    });
    expect(check.total).toBe(37.5);
    expect(check.input).toEqual({ scores: { progress: 25.5, benefit: 12 }, vote: "satisfied" });
  });
  it("names each problem with the domain's rules and keeps the total of what is valid", () => {
    const check = checkDraft(draft({ progress: "31", benefit: "x" }), criteria, {
      needsReason: true,
    });
    expect(check.fieldIssues.progress?.code).toBe("out_of_range");
    expect(check.fieldIssues.benefit?.code).toBe("not_a_number");
    expect(check.voteMissing).toBe(true);
    expect(check.reasonMissing).toBe(true);
    expect(check.input).toBeNull();
    expect(check.total).toBe(0);
  });
  it("refuses steps other than halves", () => {
    const check = checkDraft(draft({ progress: "7.3", benefit: "1" }, "satisfied"), criteria, {
      needsReason: false,
    });
    expect(check.fieldIssues.progress?.code).toBe("step");
  });
  it("starts an edit from the server's sheet", () => {
    expect(draftFromSheet({ scores: { progress: 20 }, vote: "satisfied" })).toEqual({
      scores: { progress: "20" },
      vote: "satisfied",
      comment: "",
      reason: "",
    });
  });
});

describe("sheetState", () => {
  it("puts what is on its way above what the server holds", () => {
    const pending = {
      idempotencyKey: "k",
      body: { scores: {}, vote: "satisfied" as const },
      baseVersion: 1,
      attempts: 0,
      retryAt: 0,
      queuedAt: "",
    };
    expect(sheetState({ recused: false, sending: false, pending, serverVersion: 1 }).kind).toBe(
      "queued",
    );
    expect(sheetState({ recused: false, sending: false, serverVersion: 2 })).toEqual({
      kind: "submitted",
      version: 2,
    });
    expect(sheetState({ recused: false, sending: false }).kind).toBe("empty");
  });
});
