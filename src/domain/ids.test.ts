import { describe, expect, it } from "vitest";
import { idSchema, isId } from "./ids";

describe("ids", () => {
  it.each([
    ["liandong-u-valley-chaohai", true],
    ["e01", true],
    ["a".repeat(64), true],
    ["a".repeat(65), false],
    ["", false],
    ["Chery", false],
    ["a b", false],
    ["../etc", false],
    ["id%2F", false],
  ])("%s is an id: %s", (value, ok) => {
    expect(isId(value)).toBe(ok);
    expect(idSchema().safeParse(value).success).toBe(ok);
  });

  it("says which id is wrong", () => {
    const result = idSchema("a project id").safeParse("Bad Id");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "a project id is lower-case letters, digits and hyphens",
    );
  });
});
