import { describe, expect, it } from "vitest";
import { rankKeysOf, separation } from "./event-results";
import { makeEvent, manufacturing, resultsFor, sheet, sheetsOf } from "./event-results.fixtures";

describe("computeEventResults — ranks within a category", () => {
  it("shares ranks competition style (1, 2, 2, 4), per category, unscored last", () => {
    const projects = [
      ...["pa", "pb", "pc", "pd", "pf"].map(manufacturing),
      { id: "pe", category: "urban_renewal" as const },
    ];
    const event = makeEvent(["pd", "pc", "pb", "pa", "pe", "pf"]);
    const results = resultsFor(
      event,
      [
        sheet("e01", "pa", 90),
        sheet("e01", "pb", 85),
        sheet("e01", "pc", 85),
        sheet("e01", "pd", 80),
        sheet("e01", "pe", 70),
      ],
      projects,
    );
    const byId = Object.fromEntries(results.map((r) => [r.projectId, r]));
    expect(results.map((r) => r.projectId)).toEqual(["pd", "pc", "pb", "pa", "pe", "pf"]); // event order
    expect(byId.pa.rank).toBe(1); // 90
    expect(byId.pb.rank).toBe(2); // 85, no votes: equal on all three keys with pc
    expect(byId.pc.rank).toBe(2);
    expect(byId.pd.rank).toBe(4); // 80: three projects ahead
    expect(byId.pb.tiedWith).toEqual(["pc"]);
    expect(byId.pc.tiedWith).toEqual(["pb"]);
    expect(byId.pb.tieBreak).toBe("none");
    expect(byId.pe.rank).toBe(1); // alone in urban renewal
    expect(byId.pf.rank).toBeNull(); // no sheets
  });

  it("breaks an equal composite on the higher base score", () => {
    const results = resultsFor(makeEvent(["p1", "p2"]), [
      sheet("e01", "p1", 80, "satisfied"),
      sheet("e02", "p1", 80, "basically_satisfied"),
      sheet("e01", "p2", 85, "basically_satisfied"),
      sheet("e02", "p2", 85, "basically_satisfied"),
    ]);
    const [p1, p2] = results;
    expect(p1.score).toBe(80); // 0.8 × 80 + 0.2 × (1 + 0.6) / 2 × 100 = 64 + 16
    expect(p2.score).toBe(80); // 0.8 × 85 + 0.2 × (0.6 + 0.6) / 2 × 100 = 68 + 12
    expect([p2.rank, p1.rank]).toEqual([1, 2]); // base 85 > 80
    expect([p1.tieBreak, p2.tieBreak]).toEqual(["base_score", "base_score"]);
    expect(p1.tiedWith).toEqual([]);
  });

  it("breaks equal composite and base score on the higher share of 满意", () => {
    const results = resultsFor(makeEvent(["p3", "p4"]), [
      sheet("e01", "p3", 85, "basically_satisfied"),
      ...sheetsOf("p4", {
        e01: [85, "satisfied"],
        e02: [85, "satisfied"],
        e03: [85, "satisfied"],
        e04: [85, "unsatisfied"],
        e05: [85, "unsatisfied"],
      }),
    ]);
    const [p3, p4] = results;
    expect(p3.satisfactionIndex).toBe(60); // 0.6 / 1 × 100
    expect(p4.satisfactionIndex).toBe(60); // (1 + 1 + 1 + 0 + 0) / 5 × 100
    expect(p3.score).toBe(80); // 0.8 × 85 + 0.2 × 60 = 68 + 12
    expect(p4.score).toBe(80); // trimmed mean of five 85s is 85, so the same
    expect([p4.rank, p3.rank]).toEqual([1, 2]); // 满意 share 3/5 = 0.6 > 0/1 = 0
    expect([p3.tieBreak, p4.tieBreak]).toEqual(["satisfied_share", "satisfied_share"]);
    // The deciding figure is published with the result, at the precision it was compared.
    expect([p4.satisfiedShare, p3.satisfiedShare]).toEqual([0.6, 0]);
    const [k3, k4] = [rankKeysOf(p3), rankKeysOf(p4)];
    if (!k3 || !k4) throw new Error("both are ranked");
    expect(separation(k4, k3)).toBe("satisfied_share");
  });

  it("publishes no 满意 share without votes, and ranks such a project as if its share were 0", () => {
    const results = resultsFor(makeEvent(["p5", "p6"]), [
      sheet("e01", "p5", 80),
      sheet("e01", "p6", 80),
    ]);
    expect(results.map((r) => r.satisfiedShare)).toEqual([null, null]);
    expect(results.map((r) => r.rank)).toEqual([1, 1]);
    const [k5, k6] = results.map(rankKeysOf);
    if (!k5 || !k6) throw new Error("both are ranked");
    expect(separation(k5, k6)).toBe("tied");
  });

  it("names the tie-break against the others and lists a full tie in tiedWith", () => {
    const results = resultsFor(makeEvent(["pa", "pb", "pc"]), [
      sheet("e01", "pa", 85, "basically_satisfied"),
      sheet("e02", "pa", 85, "basically_satisfied"),
      sheet("e01", "pb", 80, "satisfied"),
      sheet("e02", "pb", 80, "basically_satisfied"),
      sheet("e01", "pc", 80, "basically_satisfied"),
      sheet("e02", "pc", 80, "satisfied"),
    ]);
    const [pa, pb, pc] = results;
    // pa: 0.8 × 85 + 0.2 × 60 = 80; pb and pc: 0.8 × 80 + 0.2 × 80 = 80, 满意 share 1/2 each
    expect(results.map((r) => r.score)).toEqual([80, 80, 80]);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 2]);
    expect(results.map((r) => r.tieBreak)).toEqual(["base_score", "base_score", "base_score"]);
    expect(pa.tiedWith).toEqual([]);
    expect(pb.tiedWith).toEqual(["pc"]);
    expect(pc.tiedWith).toEqual(["pb"]);
  });
});
