import { describe, expect, it } from "vitest";
import { agreedComment, compareEntries, type KeyedSheet } from "./double-entry";

const sheet = (over: Partial<KeyedSheet> = {}): KeyedSheet => ({
  scores: { progress: 27, investment: 18, technology: 17.5 },
  vote: "satisfied",
  ...over,
});

describe("compareEntries", () => {
  it("finds two identical keyings the same, whatever the key order", () => {
    const b = sheet({ scores: { technology: 17.5, progress: 27, investment: 18 } });
    expect(compareEntries(sheet(), b)).toEqual({
      same: true,
      criteria: [],
      vote: false,
      comment: false,
    });
  });

  it("lists every differing criterion, sorted", () => {
    const b = sheet({ scores: { progress: 21, investment: 18, technology: 17 } });
    const result = compareEntries(sheet(), b);
    expect(result.same).toBe(false);
    expect(result.criteria).toEqual(["progress", "technology"]);
    expect(result.vote).toBe(false);
  });

  it("counts a criterion present in only one keying as differing", () => {
    const b = sheet({ scores: { progress: 27, investment: 18 } });
    expect(compareEntries(sheet(), b).criteria).toEqual(["technology"]);
    expect(compareEntries(b, sheet()).criteria).toEqual(["technology"]);
  });

  it("treats a different vote alone as a mismatch", () => {
    const result = compareEntries(sheet(), sheet({ vote: "basically_satisfied" }));
    expect(result).toMatchObject({ same: false, criteria: [], vote: true });
  });

  it("never blocks a match on the comment, but reports the difference", () => {
    const result = compareEntries(sheet({ comment: "进度快" }), sheet({ comment: "进度较快" }));
    expect(result).toMatchObject({ same: true, comment: true });
    expect(
      compareEntries(sheet({ comment: " 进度  快 " }), sheet({ comment: "进度 快" })).comment,
    ).toBe(false);
  });

  it("does not confuse 0 with a missing score", () => {
    const a = sheet({ scores: { progress: 0 } });
    const b = sheet({ scores: {} });
    expect(compareEntries(a, b).criteria).toEqual(["progress"]);
    expect(compareEntries(a, sheet({ scores: { progress: 0 } })).same).toBe(true);
  });
});

describe("agreedComment", () => {
  it("keeps the agreed text, else the non-empty one, else the first keying's", () => {
    expect(agreedComment(sheet({ comment: "好" }), sheet({ comment: " 好 " }))).toBe("好");
    expect(agreedComment(sheet(), sheet({ comment: "好" }))).toBe("好");
    expect(agreedComment(sheet({ comment: "甲" }), sheet({ comment: "乙" }))).toBe("甲");
    expect(agreedComment(sheet({ comment: "  " }), sheet())).toBeUndefined();
  });
});
