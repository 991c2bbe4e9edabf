import { describe, expect, it } from "vitest";
import { problemTimeliness } from "./problem-timeliness";

const asOf = "2023-02-28";

describe("problemTimeliness", () => {
  it("a problem resolved 66 days late stays late", () => {
    expect(
      problemTimeliness(
        { status: "closed", dueDate: "2022-11-15", resolvedDate: "2023-01-20" },
        asOf,
      ),
    ).toEqual({ kind: "resolved_late", days: 66 });
  });

  it("resolved on or before the due date is on time", () => {
    for (const resolvedDate of ["2022-11-15", "2022-11-01"]) {
      expect(
        problemTimeliness({ status: "closed", dueDate: "2022-11-15", resolvedDate }, asOf),
      ).toEqual({ kind: "resolved_on_time" });
    }
  });

  it("open and past due is overdue by the days since the due date", () => {
    expect(
      problemTimeliness({ status: "open", dueDate: "2023-01-20", resolvedDate: null }, asOf),
    ).toEqual({ kind: "overdue", days: 39 });
  });

  it("open and due today or later is not overdue", () => {
    for (const dueDate of ["2023-02-28", "2023-03-31"]) {
      expect(problemTimeliness({ status: "open", dueDate, resolvedDate: null }, asOf)).toEqual({
        kind: "not_due",
      });
    }
  });

  it("resolved without a date says nothing about timeliness", () => {
    expect(
      problemTimeliness({ status: "closed", dueDate: "2022-11-15", resolvedDate: null }, asOf),
    ).toEqual({ kind: "resolved_undated" });
  });
});
