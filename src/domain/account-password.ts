import { z } from "zod";

/** The one rule for a password an account holder chooses or an admin sets: 12 to 200 characters. */
export const passwordMinLength = 12;
export const accountPasswordSchema = z.string().min(passwordMinLength).max(200);

/** How long a set-password link stays usable: three days, enough to reach someone over a weekend. */
export const passwordLinkTtlMs = 72 * 60 * 60 * 1000;
