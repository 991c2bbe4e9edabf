import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeIssues } from "./input-issues";

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected a validation problem");
  return parsed.error.issues;
};

describe("validation problems in the reader's words", () => {
  it("counts items and characters with English plurals", () => {
    const oneItem = issuesOf(z.object({ ids: z.array(z.string()).min(1) }), { ids: [] });
    expect(describeIssues(oneItem, "en", "body").detail).toBe("ids: needs at least 1 item");
    expect(describeIssues(oneItem, "zh", "body").detail).toBe("ids：至少 1 项");
    const threeItems = issuesOf(z.array(z.string()).max(3), ["a", "b", "c", "d"]);
    expect(describeIssues(threeItems, "en", "body").detail).toBe("body: allows at most 3 items");
    const oneChar = issuesOf(z.string().max(1), "ab");
    expect(describeIssues(oneChar, "en", "name").detail).toBe("name: must be at most 1 character");
  });

  it("joins several problems as clauses, and names the expected type", () => {
    const issues = issuesOf(z.object({ a: z.number(), b: z.boolean() }), { a: "x", b: 1 });
    expect(describeIssues(issues, "zh", "body").detail).toBe("a：应为数字；b：应为是或否");
    expect(describeIssues(issues, "en", "body").detail).toBe(
      "a: should be a number; b: should be true or false",
    );
  });
});
