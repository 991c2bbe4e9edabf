import { z } from "zod";

type Lang = "zh" | "en";
type Issue = z.core.$ZodIssue;

const typeNames: Record<string, [zh: string, en: string]> = {
  string: ["文本", "text"],
  number: ["数字", "a number"],
  int: ["整数", "a whole number"],
  boolean: ["是或否", "true or false"],
  object: ["对象", "an object"],
  array: ["列表", "a list"],
};

/**
 * One validation problem in our own words, in the reader's language: the validation library's
 * messages are English and technical, and never reach a response.
 */
export function describeIssue(issue: Issue, lang: Lang): string {
  const zh = lang === "zh";
  // A message written in our own schema (not the library's default) explains the rule best; those
  // are in English, so a Chinese reader gets the generic wording below.
  if (!zh && isOurs(issue)) return issue.message;
  const pick = (a: string, b: string) => (zh ? a : b);
  switch (issue.code) {
    case "invalid_type": {
      const [tz, te] = typeNames[issue.expected] ?? ["正确的类型", "of the right type"];
      return pick(`应为${tz}`, `should be ${te}`);
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "string")
        return issue.minimum === 1
          ? pick("不能为空", "must not be empty")
          : pick(`至少 ${min} 个字符`, `must be at least ${min} characters`);
      if (issue.origin === "array" || issue.origin === "set")
        return pick(`至少 ${min} 项`, `needs at least ${min} items`);
      return issue.inclusive === false
        ? pick(`须大于 ${min}`, `must be more than ${min}`)
        : pick(`不能小于 ${min}`, `must be at least ${min}`);
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "string")
        return pick(`最多 ${max} 个字符`, `must be at most ${max} characters`);
      if (issue.origin === "array" || issue.origin === "set")
        return pick(`最多 ${max} 项`, `allows at most ${max} items`);
      return issue.inclusive === false
        ? pick(`须小于 ${max}`, `must be less than ${max}`)
        : pick(`不能大于 ${max}`, `must be at most ${max}`);
    }
    case "invalid_value":
      return pick(
        `应为以下之一：${issue.values.map(String).join(" / ")}`,
        `must be one of: ${issue.values.map(String).join(" / ")}`,
      );
    case "unrecognized_keys":
      return pick(
        `不认识的字段：${issue.keys.join("、")}`,
        `unknown fields: ${issue.keys.join(", ")}`,
      );
    case "not_multiple_of":
      return pick(`须为 ${issue.divisor} 的倍数`, `must be a multiple of ${issue.divisor}`);
    default:
      return pick("格式不正确", "is not in the expected form");
  }
}

/** Whether the schema gave this message itself, rather than the library filling in its default. */
function isOurs(issue: Issue): boolean {
  // Only where schemas here write messages, and the default does not depend on the input.
  if (!["invalid_format", "too_small", "too_big", "custom"].includes(issue.code)) return false;
  const fallback = z.config().localeError?.(issue as never);
  const text = typeof fallback === "string" ? fallback : fallback?.message;
  return text !== undefined && issue.message !== text;
}

/** Issues as the error body's `details.issues` and a one-line `detail` for its message. */
export function describeIssues(issues: readonly Issue[], lang: Lang, whole: string) {
  const described = issues.map((issue) => ({
    field: issue.path.map(String).join("."),
    message: describeIssue(issue, lang),
  }));
  const detail = described
    .map((i) => `${i.field || whole}${lang === "zh" ? "：" : ": "}${i.message}`)
    .join(lang === "zh" ? "；" : "; ");
  return { detail, issues: described };
}
