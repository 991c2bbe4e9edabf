import { describe, expect, it } from "vitest";
import { accountRoles, isRole } from "./roles";

describe("roles", () => {
  it("knows the three account roles and nothing else", () => {
    expect(accountRoles).toEqual(["admin", "staff", "leader", "unit"]);
    expect(accountRoles.every(isRole)).toBe(true);
    for (const other of ["evaluator", "display", "Admin", "", null])
      expect(isRole(other)).toBe(false);
  });
});
