import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreNeutralised, safeCell } from "./formula-safety";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", '=HYPERLINK("http://x")'])(
    "prefixes an apostrophe to %j",
    (text) => expect(neutraliseFormula(text)).toBe(`'${text}`),
  );
  it.each(["项目", "a=b", "", " =x", "'=x", "满意"])("leaves %j alone", (text) =>
    expect(neutraliseFormula(text)).toBe(text),
  );
});

describe("safeCell", () => {
  it("keeps numbers, including negative ones, as numbers", () => {
    expect(safeCell(-3)).toBe(-3);
    expect(safeCell(85.5)).toBe(85.5);
  });
  it("writes missing and non-finite values as empty cells", () => {
    expect(safeCell(null)).toBe("");
    expect(safeCell(undefined)).toBe("");
    expect(safeCell(Number.NaN)).toBe("");
  });
  it("neutralises text", () => expect(safeCell("-1")).toBe("'-1"));
});

describe("restoreNeutralised", () => {
  it("undoes neutraliseFormula and nothing else", () => {
    for (const text of ["=1+1", "-2", "@x", "a", "'plain", ""])
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text);
  });
});
