import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

type Lang = "zh" | "en";

const messages = {
  project_not_found: { zh: "找不到该项目：{id}", en: "No project with id {id}." },
  event_not_found: { zh: "找不到该观摩活动：{id}", en: "No inspection event with id {id}." },
  invalid_parameter: {
    zh: "请求参数不正确：{detail}",
    en: "Invalid request parameter: {detail}",
  },
  route_not_found: { zh: "没有这个接口：{path}", en: "No such API endpoint: {path}" },
  internal: {
    zh: "服务器内部错误，请稍后重试。",
    en: "Internal server error. Please try again later.",
  },
} as const;

export type ApiErrorCode = keyof typeof messages;

/** The caller's language: ?lang= first, then Accept-Language; Chinese by default. */
export function requestLang(c: Context): Lang {
  const query = c.req.query("lang");
  if (query === "en" || query === "zh") return query;
  const accept = c.req.header("accept-language") ?? "";
  return /^en\b/i.test(accept.trim()) ? "en" : "zh";
}

/** Sends the contract's error body, with a message in the caller's language. */
export function apiError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: ApiErrorCode,
  params: Record<string, string> = {},
  details?: unknown,
) {
  const template: string = messages[code][requestLang(c)];
  const message = template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? "");
  return c.json({ error: { code, message, ...(details ? { details } : {}) } }, status);
}
