import { describe, expect, it } from "vitest";
import type { ResultSteps } from "../../../../domain/outcome-schemas";
import {
  compositeEquation,
  keptSheets,
  meanEquation,
  roundedArithmeticDiffers,
  satisfactionEquation,
  weightedEquation,
} from "./explanation-formulas";

const sheet = (evaluatorId: string, total: number, groupId = "leaders") => ({
  evaluatorId,
  groupId,
  total,
});

const steps: ResultSteps = {
  counted: [sheet("e1", 70), sheet("e2", 80), sheet("e3", 82), sheet("e4", 84), sheet("e5", 95)],
  excluded: [],
  method: "trimmed_mean",
  droppedHighest: sheet("e5", 95),
  droppedLowest: sheet("e1", 70),
  groups: [
    { groupId: "leaders", count: 2, mean: 82, weight: 0.5 },
    { groupId: "towns", count: 1, mean: 84, weight: 0.3 },
  ],
  weighted: false,
  baseScore: 82,
  votes: { satisfied: 12, basically_satisfied: 5, unsatisfied: 1 },
  voteValues: { satisfied: 1, basically_satisfied: 0.6, unsatisfied: 0 },
  satisfactionIndex: 83.33,
  scoreWeight: 0.8,
  satisfactionWeight: 0.2,
  composite: 82.27,
};

describe("explanation formulas", () => {
  it("keeps the sheets that were not dropped", () => {
    expect(keptSheets(steps).map((s) => s.evaluatorId)).toEqual(["e2", "e3", "e4"]);
  });

  it("writes the trimmed mean, the satisfaction index and the composite with their numbers", () => {
    expect(meanEquation(steps, "zh")).toBe("Σ 246.00 ÷ 3 = 82.00");
    expect(satisfactionEquation(steps, "zh")).toBe("(12 × 1 + 5 × 0.6 + 1 × 0) ÷ 18 × 100 = 83.33");
    expect(compositeEquation(steps, "zh")).toBe("0.8 × 82.00 + 0.2 × 83.33 = 82.27");
  });

  it("divides by the weights present when they do not add up to 1", () => {
    expect(weightedEquation({ ...steps, weighted: true }, "en")).toBe(
      "(0.5 × 82.00 + 0.3 × 84.00) ÷ 0.8 = 82.00",
    );
  });

  it("without votes the composite is the base score", () => {
    const noVotes = { ...steps, satisfactionIndex: null, composite: 82 };
    expect(satisfactionEquation(noVotes, "zh")).toBeNull();
    expect(compositeEquation(noVotes, "zh")).toBe("82.00 = 82.00");
  });

  it("flags a composite that rounded figures do not reproduce exactly", () => {
    expect(roundedArithmeticDiffers(steps)).toBe(false);
    expect(roundedArithmeticDiffers({ ...steps, composite: 82.28 })).toBe(true);
  });
});
