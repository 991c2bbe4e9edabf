import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import { apiError, requestLang } from "./api-error";
import { describeIssues } from "./input-issues";

/** zod validation at the edge, answering bad input with the contract's 400 error body. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const { detail, issues } = describeIssues(result.error.issues, requestLang(c), target);
    return apiError(c, 400, "invalid_parameter", { detail }, { issues });
  });
}
