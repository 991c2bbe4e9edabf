import { describe, expect, it } from "vitest";
import seedEvents from "../../data/events.json";
import {
  draftIssues,
  englishLabel,
  evaluatorsOfEvent,
  newEventId,
  rosterEvaluators,
  scoringChanged,
  withoutName,
} from "./event-input";
import type { Evaluator, InspectionEvent } from "./scoring-schemas";

const seed = seedEvents.events[0] as InspectionEvent;
const seedEvaluators: Evaluator[] = [
  { id: "e01", label: "评委01", labelEn: "Evaluator 01", groupId: "district_leaders" },
  { id: "e02", label: "评委02", labelEn: "Evaluator 02", groupId: "town_heads" },
];

describe("evaluatorsOfEvent", () => {
  const roster = rosterEvaluators(
    "spring",
    [
      { label: "评委02", name: "张三", groupId: "town_heads" },
      { label: "评委01", groupId: "district_leaders" },
    ],
    new Set(["e01", "e02"]),
  );
  const all = [...seedEvaluators, ...roster];

  it("gives an event with a roster exactly its roster, in its order", () => {
    const event = { evaluatorIds: roster.map((e) => e.id) };
    expect(evaluatorsOfEvent(event, all).map((e) => e.label)).toEqual(["评委02", "评委01"]);
  });

  it("keeps the seed's event (no roster) to the evaluators entered for no other event", () => {
    expect(evaluatorsOfEvent({}, all)).toEqual(seedEvaluators);
  });

  it("makes ids from the event that nobody holds, and English labels from Chinese ones", () => {
    expect(roster.map((e) => e.id)).toEqual(["spring-e01", "spring-e02"]);
    expect(roster[0]).toMatchObject({ labelEn: "Evaluator 02", eventId: "spring", name: "张三" });
    expect(englishLabel("专家A")).toBe("专家A");
    expect(withoutName(roster[0] as Evaluator)).not.toHaveProperty("name");
  });
});

describe("draftIssues", () => {
  it("names each field whose value the other fields contradict", () => {
    const roster = rosterEvaluators(
      "x",
      [
        { label: "评委01", groupId: "nobody" },
        { label: "评委01", groupId: "town_heads" },
        { id: "e01", label: "评委03", groupId: "town_heads" },
      ],
      new Set(),
    );
    const event = {
      ...seed,
      projectIds: ["a", "missing", "a"],
      recusals: [{ evaluatorId: "ghost", projectId: "b", reason: "" }],
    };
    const fields = draftIssues(event, roster, new Set(["a"]), new Set(["e01"])).map(
      (i) => `${i.field} ${i.code}`,
    );
    expect(fields).toEqual([
      "projectIds.1 project_unknown",
      "projectIds.2 duplicate",
      "evaluators.0.groupId group_unknown",
      "evaluators.2.id id_taken",
      "evaluators.1.label duplicate",
      "recusals.0.evaluatorId evaluator_unknown",
      "recusals.0.projectId project_not_in_event",
    ]);
  });
});

describe("scoringChanged and newEventId", () => {
  it("sees a change of criteria, trim rule or weights, not of a venue", () => {
    expect(scoringChanged(seed, { ...seed, venue: "别处" })).toBe(false);
    expect(scoringChanged(seed, { ...seed, rules: { ...seed.rules, trimMinSheets: 9 } })).toBe(
      true,
    );
  });
  it("makes an unused id from the date", () => {
    expect(newEventId("2026-05-12", new Set(["inspection-2026-05-12"]))).toBe(
      "inspection-2026-05-12-2",
    );
  });
});
