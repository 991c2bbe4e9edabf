import { z } from "zod";

/**
 * The roles an account may have: admins run everything, staff run the desk, leaders read it, and a
 * responsible unit (责任单位) reports for its own projects.
 */
export const accountRoles = ["admin", "staff", "leader", "unit"] as const;
export const roleSchema = z.enum(accountRoles);
export type Role = z.infer<typeof roleSchema>;

export const isRole = (value: unknown): value is Role => roleSchema.safeParse(value).success;
