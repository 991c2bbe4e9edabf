import { describe, expect, it } from "vitest";
import { checkRow, parseVote } from "./desk-row";

const scheme = {
  criteria: [
    { id: "progress", name: "项目建设进度", nameEn: "Progress", max: 30 },
    { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 15 },
  ],
};

describe("parseVote", () => {
  it("reads digits and words in both languages", () => {
    expect(parseVote("1")).toBe("satisfied");
    expect(parseVote(" 基本满意 ")).toBe("basically_satisfied");
    expect(parseVote("Unsatisfied")).toBe("unsatisfied");
    expect(parseVote("4")).toBeNull();
    expect(parseVote("２")).toBe("basically_satisfied");
  });
});

describe("checkRow", () => {
  it("treats an untouched empty row as blank", () => {
    expect(checkRow({}, undefined, scheme, "zh")).toMatchObject({ blank: true, changed: false });
  });
  it("builds the input of a valid new row", () => {
    const row = checkRow({ progress: "28", benefit: "14.5", vote: "1" }, undefined, scheme, "zh");
    expect(row.errors).toEqual({});
    expect(row.total).toBe(42.5);
    expect(row.input).toEqual({ scores: { progress: 28, benefit: 14.5 }, vote: "satisfied" });
  });
  it("names the criterion of an out-of-range or non-numeric value", () => {
    const row = checkRow({ progress: "31", benefit: "x", vote: "满意" }, undefined, scheme, "zh");
    expect(row.errors.progress).toContain("项目建设进度");
    expect(row.errors.progress).toContain("31");
    expect(row.errors.benefit).toContain("综合效益");
    expect(row.input).toBeUndefined();
  });
  it("flags a paper total that differs from the computed one", () => {
    const row = checkRow(
      { progress: "28", benefit: "14", vote: "2", paperTotal: "43" },
      undefined,
      scheme,
      "en",
    );
    expect(row.totalMismatch).toBe(true);
    expect(
      checkRow(
        { progress: "28", benefit: "14", vote: "2", paperTotal: "42" },
        undefined,
        scheme,
        "en",
      ).totalMismatch,
    ).toBe(false);
  });
  it("sees no change when the cells show the stored sheet", () => {
    const stored = {
      scores: { progress: 28, benefit: 14 },
      vote: "satisfied" as const,
      version: 2,
    };
    const same = checkRow({ progress: "28", benefit: "14", vote: "满意" }, stored, scheme, "zh");
    expect(same.changed).toBe(false);
    const edited = checkRow({ progress: "27", benefit: "14", vote: "1" }, stored, scheme, "zh");
    expect(edited.changed).toBe(true);
    const retyped = checkRow(
      { progress: "２８", benefit: "14.0", vote: "1" },
      stored,
      scheme,
      "zh",
    );
    expect(retyped.changed).toBe(false);
  });
});
