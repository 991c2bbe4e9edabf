import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { z } from "zod";
import { apiError } from "./api-error";

/** zod validation at the edge, answering bad input with the contract's 400 error body. */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (result.success) return;
    const issues = result.error.issues.map((issue) => ({
      field: issue.path.join("."),
      message: issue.message,
    }));
    const detail = issues.map((i) => `${i.field || target}: ${i.message}`).join("; ");
    return apiError(c, 400, "invalid_parameter", { detail }, { issues });
  });
}
