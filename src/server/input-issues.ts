import { z } from "zod";
import { defineMessages, type Lang, translate } from "../domain/i18n";
import { joinClauses, joinList, labelled } from "../domain/shared-messages";

type Issue = z.core.$ZodIssue;

const issueMessages = defineMessages({
  zh: {
    type_string: "文本",
    type_number: "数字",
    type_int: "整数",
    type_boolean: "是或否",
    type_object: "对象",
    type_array: "列表",
    type_other: "正确的类型",
    invalidType: "应为{type}",
    notEmpty: "不能为空",
    minChars: "至少 {min} 个字符",
    minItems: "至少 {min} 项",
    moreThan: "须大于 {min}",
    atLeast: "不能小于 {min}",
    maxChars: "最多 {max} 个字符",
    maxItems: "最多 {max} 项",
    lessThan: "须小于 {max}",
    atMost: "不能大于 {max}",
    oneOf: "应为以下之一：{values}",
    unknownFields: "不认识的字段：{keys}",
    multipleOf: "须为 {divisor} 的倍数",
    malformed: "格式不正确",
  },
  en: {
    type_string: "text",
    type_number: "a number",
    type_int: "a whole number",
    type_boolean: "true or false",
    type_object: "an object",
    type_array: "a list",
    type_other: "of the right type",
    invalidType: "should be {type}",
    notEmpty: "must not be empty",
    minChars: "must be at least {min, plural, one {# character} other {# characters}}",
    minItems: "needs at least {min, plural, one {# item} other {# items}}",
    moreThan: "must be more than {min}",
    atLeast: "must be at least {min}",
    maxChars: "must be at most {max, plural, one {# character} other {# characters}}",
    maxItems: "allows at most {max, plural, one {# item} other {# items}}",
    lessThan: "must be less than {max}",
    atMost: "must be at most {max}",
    oneOf: "must be one of: {values}",
    unknownFields: "unknown fields: {keys}",
    multipleOf: "must be a multiple of {divisor}",
    malformed: "is not in the expected form",
  },
});

type TypeName = Extract<keyof typeof issueMessages.zh, `type_${string}`>;

/**
 * One validation problem in our own words, in the reader's language: the validation library's
 * messages are English and technical, and never reach a response.
 */
export function describeIssue(issue: Issue, lang: Lang): string {
  // A message written in our own schema (not the library's default) explains the rule best; those
  // are in English, so a Chinese reader gets the generic wording below.
  if (lang === "en" && isOurs(issue)) return issue.message;
  const t = translate(issueMessages, lang);
  switch (issue.code) {
    case "invalid_type": {
      const name = `type_${issue.expected}`;
      const type = t(name in issueMessages.zh ? (name as TypeName) : "type_other");
      return t("invalidType", { type });
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "string")
        return issue.minimum === 1 ? t("notEmpty") : t("minChars", { min });
      if (issue.origin === "array" || issue.origin === "set") return t("minItems", { min });
      return t(issue.inclusive === false ? "moreThan" : "atLeast", { min });
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "string") return t("maxChars", { max });
      if (issue.origin === "array" || issue.origin === "set") return t("maxItems", { max });
      return t(issue.inclusive === false ? "lessThan" : "atMost", { max });
    }
    case "invalid_value":
      return t("oneOf", { values: issue.values.map(String).join(" / ") });
    case "unrecognized_keys":
      return t("unknownFields", { keys: joinList(issue.keys, lang) });
    case "not_multiple_of":
      return t("multipleOf", { divisor: String(issue.divisor) });
    default:
      return t("malformed");
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
  const detail = joinClauses(
    described.map((i) => labelled(i.field || whole, i.message, lang)),
    lang,
  );
  return { detail, issues: described };
}
