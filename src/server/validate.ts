import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { resolver, uniqueSymbol } from "hono-openapi";
import type { z } from "zod";
import { type ApiErrorCode, apiError, requestLang } from "./api-error";
import { describeIssues } from "./input-issues";

type Options = {
  /** The error code of the 400 (a score sheet's problems are "sheet_invalid"). */
  code?: Extract<ApiErrorCode, "invalid_parameter" | "sheet_invalid">;
  /** What to call the whole input when a problem is not in one field. */
  whole?: string;
};

/**
 * zod validation at the edge, answering bad input with the contract's 400 error body. A body that
 * is not JSON at all never gets here: the parser's 400 is the app's "invalid_json". The schema is
 * also the route's parameters or body in the API document.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
  { code = "invalid_parameter", whole = target }: Options = {},
) {
  const middleware = zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const { detail, issues } = describeIssues(result.error.issues, requestLang(c), whole);
    return apiError(c, 400, code, { detail }, { issues });
  });
  // What the document generator reads off a validator (its own validator would answer in its words).
  return Object.assign(middleware, {
    [uniqueSymbol]: { target, ...resolver(schema) },
  });
}

/** How a score sheet's body is refused: its own code, the whole called "body". */
export const sheetBody: Options = { code: "sheet_invalid", whole: "body" };
