import { z } from "zod";

/** Every id in the data (projects, events, evaluators) is lower-case letters, digits and hyphens. */
export const idPattern = /^[a-z0-9-]{1,64}$/;

export const isId = (value: string): boolean => idPattern.test(value);

/** Criterion and group keys are lower-case letters, digits and underscores (they name JSON fields). */
export const keySchema = z
  .string()
  .regex(/^[a-z0-9_]+$/, "lower-case letters, digits and underscores");

/** A wall screen names itself with a random id it keeps in its browser profile. */
export const screenIdPattern = /^[A-Za-z0-9-]{8,64}$/;

/** An id in a path or body; `what` names it in the message, so the error says which id is wrong. */
export const idSchema = (what = "an id") =>
  z.string().regex(idPattern, `${what} is lower-case letters, digits and hyphens`);
