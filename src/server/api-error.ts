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
  unauthenticated: { zh: "请先登录。", en: "Please sign in first." },
  forbidden: { zh: "您没有权限执行此操作。", en: "You are not allowed to do this." },
  csrf_failed: {
    zh: "安全校验失败，请刷新页面后重试。",
    en: "Security check failed. Reload the page and try again.",
  },
  foreign_origin: {
    zh: "请求来自其他网站，已拒绝。请在本系统的页面中操作。",
    en: "The request came from another site and was refused. Use this system's own pages.",
  },
  invalid_credentials: { zh: "用户名或密码不正确。", en: "Wrong username or password." },
  too_many_attempts: {
    zh: "登录失败次数过多，请 {seconds} 秒后再试。",
    en: "Too many failed sign-ins. Try again in {seconds} seconds.",
  },
  invalid_json: {
    zh: "请求内容不是有效的 JSON。",
    en: "The request body is not valid JSON.",
  },
  body_too_large: {
    zh: "请求内容过大（上限 {limit}）。",
    en: "The request body is too large (limit {limit}).",
  },
  import_file_unreadable: {
    zh: "无法读取文件“{name}”：{detail}。",
    en: 'Cannot read the file "{name}": {detail}.',
  },
  import_file_too_large: {
    zh: "文件“{name}”过大：{detail}。",
    en: 'The file "{name}" is too large: {detail}.',
  },
  invalid_form: {
    zh: "上传的内容不是有效的表单（multipart/form-data），请重新选择文件上传。",
    en: "The upload is not a valid form (multipart/form-data). Choose the file and upload it again.",
  },
  event_not_open: {
    zh: "该观摩会当前状态为“{state}”，不接受评分表。",
    en: "The event is {state}; it does not accept score sheets now.",
  },
  event_published: {
    zh: "该观摩会结果已发布并冻结；如需修改，须由管理员说明理由后重新开放。",
    en: "The event's results are published and frozen; an admin must reopen it, giving a reason, before any change.",
  },
  invalid_transition: {
    zh: "观摩会不能从“{from}”变为“{to}”。",
    en: "The event cannot go from {from} to {to}.",
  },
  reason_required: {
    zh: "修改已提交的内容须填写理由。",
    en: "A change to something already submitted needs a reason.",
  },
  sheet_invalid: { zh: "评分表有误：{detail}", en: "The score sheet is not valid: {detail}" },
  evaluator_not_found: { zh: "找不到该评委：{id}", en: "No evaluator with id {id}." },
  project_not_in_event: {
    zh: "项目 {id} 不在该观摩会的观摩项目中。",
    en: "Project {id} is not one of the event's projects.",
  },
  recused: {
    zh: "该评委须回避此项目（{reason}），不能为其评分。",
    en: "This evaluator is recused from the project ({reason}) and cannot score it.",
  },
  version_conflict: {
    zh: "该评分表已被他人修改（当前版本 {current}），请刷新后再改。",
    en: "Someone else changed this sheet (now version {current}). Reload it and try again.",
  },
  idempotency_mismatch: {
    zh: "同一个 Idempotency-Key 已用于另一份不同的内容。",
    en: "This Idempotency-Key was already used for a different request.",
  },
  results_not_published: {
    zh: "评分结果公布后，评分链接才能查看结果。",
    en: "A scoring link can see the results once they are published.",
  },
  link_revoked: {
    zh: "该评分链接已失效，请向工作人员索取新链接。",
    en: "This scoring link is no longer valid. Ask the staff for a new one.",
  },
  double_entry_same_keyer: {
    zh: "您已录入过这份评分表的第一遍；第二遍须由另一位工作人员背靠背录入。",
    en: "You keyed the first pass of this sheet; the second pass must be keyed by another staff member.",
  },
  double_entry_in_review: {
    zh: "这份评分表的两遍录入不一致，正在等待复核，暂不能再录入。",
    en: "The two passes of this sheet differ and are waiting for review; it cannot be keyed again now.",
  },
  double_entry_sheet_exists: {
    zh: "这份评分表已入库，不能再双人录入；如需更正，请在普通录入中修改并填写理由。",
    en: "This sheet is already stored, so it cannot be double-keyed; correct it in normal entry, giving a reason.",
  },
  double_entry_not_found: {
    zh: "找不到待复核的不一致记录：{id}",
    en: "No mismatch waiting for review with id {id}.",
  },
  double_entry_resolved: {
    zh: "这条不一致记录已复核完毕。",
    en: "This mismatch has already been reviewed.",
  },
  double_entry_keyer_cannot_resolve: {
    zh: "您录入了其中一遍，不能复核本表；须由未参与录入的工作人员或管理员复核。",
    en: "You keyed one of the passes, so you cannot review this sheet; someone who keyed neither must.",
  },
  double_entry_reason_required: {
    zh: "复核结果须填写理由（例如核对纸质表的情况）。",
    en: "A review needs a reason (for example what the paper sheet shows).",
  },
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

/** The contract's error body, with a message in the caller's language. */
export function errorBody(
  c: Context,
  code: ApiErrorCode,
  params: Record<string, string> = {},
  details?: unknown,
) {
  const template: string = messages[code][requestLang(c)];
  const message = template.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? "");
  return { error: { code, message, ...(details ? { details } : {}) } };
}

/** Sends the contract's error body. */
export function apiError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: ApiErrorCode,
  params: Record<string, string> = {},
  details?: unknown,
) {
  return c.json(errorBody(c, code, params, details), status);
}
