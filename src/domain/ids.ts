import { z } from "zod";

/** Every id in the data (projects, events, evaluators) is lower-case letters, digits and hyphens. */
export const idPattern = /^[a-z0-9-]{1,64}$/;

export const isId = (value: string): boolean => idPattern.test(value);

/** An id in a path or body; `what` names it in the message, so the error says which id is wrong. */
export const idSchema = (what = "an id") =>
  z.string().regex(idPattern, `${what} is lower-case letters, digits and hyphens`);
