import { z } from "zod";

/** The roles an account may have: admins run everything, staff run the desk, leaders read it. */
export const accountRoles = ["admin", "staff", "leader"] as const;
export const roleSchema = z.enum(accountRoles);
export type Role = z.infer<typeof roleSchema>;

export const isRole = (value: unknown): value is Role => roleSchema.safeParse(value).success;
