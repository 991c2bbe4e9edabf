import { describe, expect, it } from "vitest";
import {
  checkNewRound,
  chinaDate,
  dataAsOf,
  defaultDeadline,
  isLate,
  roundReportRows,
} from "./reporting-rounds";

const closed = (period: string) => ({ period, state: "closed" as const });
const open = (period: string) => ({ period, state: "open" as const });

describe("dataAsOf", () => {
  it("is the end of the latest closed round", () => {
    expect(dataAsOf([closed("2023-02-2"), closed("2023-02-3"), open("2023-03-1")], [])).toEqual({
      asOf: "2023-02-28",
      basis: "round",
    });
  });

  it("moves to an open round's end once a report in it is accepted, and says so", () => {
    const rounds = [closed("2023-02-3"), open("2023-03-1")];
    expect(dataAsOf(rounds, [{ period: "2023-03-1", state: "submitted" }]).basis).toBe("round");
    expect(dataAsOf(rounds, [{ period: "2023-03-1", state: "returned" }]).asOf).toBe("2023-02-28");
    expect(dataAsOf(rounds, [{ period: "2023-03-1", state: "accepted" }])).toEqual({
      asOf: "2023-03-10",
      basis: "report",
    });
    // Seed reports carry no state: they count as accepted.
    expect(dataAsOf(rounds, [{ period: "2023-03-1" }]).asOf).toBe("2023-03-10");
  });

  it("ignores reports of closed rounds and falls back only when there is no round", () => {
    expect(dataAsOf([closed("2023-02-3")], [{ period: "2023-02-2" }]).asOf).toBe("2023-02-28");
    expect(dataAsOf([], [], "2023-02-28")).toEqual({ asOf: "2023-02-28", basis: "round" });
    expect(() => dataAsOf([], [])).toThrow(RangeError);
  });
});

describe("lateness", () => {
  it("counts the deadline as a day in China", () => {
    expect(chinaDate("2023-03-13T15:59:59Z")).toBe("2023-03-13");
    expect(chinaDate("2023-03-13T16:00:00Z")).toBe("2023-03-14");
    expect(isLate("2023-03-13T15:59:59Z", "2023-03-13")).toBe(false);
    expect(isLate("2023-03-13T16:00:00Z", "2023-03-13")).toBe(true);
  });
});

describe("defaultDeadline", () => {
  it("is the third day after the 旬 ends, across month ends", () => {
    expect(defaultDeadline("2023-03-1")).toBe("2023-03-13");
    expect(defaultDeadline("2023-02-3")).toBe("2023-03-03");
    expect(defaultDeadline("2023-12-3")).toBe("2024-01-03");
  });
});

describe("checkNewRound", () => {
  const rounds = [closed("2023-02-2"), closed("2023-02-3")];
  it("refuses a period that exists or is not after the latest", () => {
    expect(checkNewRound({ period: "2023-02-3", deadline: "2023-03-03" }, rounds)).toMatchObject({
      ok: false,
      code: "round_exists",
    });
    expect(checkNewRound({ period: "2023-01-1", deadline: "2023-01-13" }, rounds)).toMatchObject({
      ok: false,
      code: "round_not_after_latest",
      latest: "2023-02-3",
    });
    expect(checkNewRound({ period: "2023-03-1", deadline: "2023-03-13" }, rounds)).toEqual({
      ok: true,
    });
  });
});

describe("roundReportRows", () => {
  it("marks missing, submitted, accepted and returned reports, and late ones", () => {
    const base = {
      completedInvestment: 0.1,
      cumulativeInvestment: 1,
      plannedCumulativeInvestment: 1,
      progress: 10,
      note: "",
      noteEn: "",
      period: "2023-03-1",
    };
    const rows = roundReportRows(
      ["a", "b", "c", "d"],
      new Map([
        ["b", { ...base, state: "submitted" as const, late: true }],
        ["c", { ...base }],
        ["d", { ...base, state: "returned" as const }],
      ]),
    );
    expect(rows.map((r) => [r.state, r.reported, r.late])).toEqual([
      ["missing", false, false],
      ["submitted", true, true],
      ["accepted", true, false],
      ["returned", true, false],
    ]);
  });
});
