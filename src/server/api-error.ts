import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { defineMessages, isLang, type Lang, text } from "../domain/i18n";

const errorMessages = defineMessages({
  zh: {
    project_not_found: "找不到该项目：{id}",
    event_not_found: "找不到该观摩活动：{id}",
    invalid_parameter: "请求参数不正确：{detail}",
    route_not_found: "没有这个接口：{path}",
    unauthenticated: "请先登录。",
    forbidden: "您没有权限执行此操作。",
    csrf_failed: "安全校验失败，请刷新页面后重试。",
    foreign_origin: "请求来自其他网站，已拒绝。请在本系统的页面中操作。",
    invalid_credentials: "用户名或密码不正确。",
    too_many_attempts: "登录失败次数过多，请 {seconds} 秒后再试。",
    invalid_json: "请求内容不是有效的 JSON。",
    body_too_large: "请求内容过大（上限 {limit}）。",
    import_file_unreadable: "无法读取文件“{name}”：{detail}。",
    import_file_too_large: "文件“{name}”过大：{detail}。",
    invalid_form: "上传的内容不是有效的表单（multipart/form-data），请重新选择文件上传。",
    event_not_open: "该观摩会当前状态为“{state}”，不接受评分表。",
    event_published: "该观摩会结果已发布并冻结；如需修改，须由管理员说明理由后重新开放。",
    invalid_transition: "观摩会不能从“{from}”变为“{to}”。",
    reason_required: "修改已提交的内容须填写理由。",
    roster_empty: "评委名单为空，不能开启评分：请先在草稿中加入评委。",
    evaluator_without_group:
      "有评委不属于本观摩会的任何评委组，不能开启评分：请在草稿中为其选择评委组。",
    sheet_invalid: "评分表有误：{detail}",
    evaluator_not_found: "找不到该评委：{id}",
    project_not_in_event: "项目 {id} 不在该观摩会的观摩项目中。",
    recused: "该评委须回避此项目（{reason}），不能为其评分。",
    version_conflict: "该评分表已被他人修改（当前版本 {current}），请刷新后再改。",
    idempotency_mismatch: "同一个 Idempotency-Key 已用于另一份不同的内容。",
    results_not_published: "评分结果公布后，评分链接才能查看结果。",
    link_revoked: "该评分链接已失效，请向工作人员索取新链接。",
    double_entry_same_keyer: "您已录入过这份评分表的第一遍；第二遍须由另一位工作人员背靠背录入。",
    double_entry_in_review: "这份评分表的两遍录入不一致，正在等待复核，暂不能再录入。",
    double_entry_sheet_exists:
      "这份评分表已入库，不能再双人录入；如需更正，请在普通录入中修改并填写理由。",
    double_entry_not_found: "找不到待复核的不一致记录：{id}",
    double_entry_resolved: "这条不一致记录已复核完毕。",
    double_entry_keyer_cannot_resolve:
      "您录入了其中一遍，不能复核本表；须由未参与录入的工作人员或管理员复核。",
    double_entry_reason_required: "复核结果须填写理由（例如核对纸质表的情况）。",
    invalid_period:
      "“{period}”不是有效的旬：应写作 年-月-旬，如 2023-02-3（1 为上旬，2 为中旬，3 为下旬）。",
    period_no_data: "{period} 没有任何旬报，无法生成该旬的调度会议程（有数据的旬：{range}）。",
    round_not_found: "找不到{period}的填报轮次。",
    round_exists: "{period}的填报轮次已经存在。",
    round_not_after_latest: "新开的填报轮次须晚于最近一轮（{latest}）。",
    round_deadline_invalid: "截止日期 {deadline} 早于本旬开始（{from}），请重新选择。",
    round_closed: "{period}的填报轮次已经关闭。",
    round_has_pending: "{period}还有 {count} 份旬报待审核；审核（采纳或退回）后才能关闭本轮。",
    no_open_round: "{period}没有开放的填报轮次，不能报送或审核旬报；请先由工作人员开启本旬填报。",
    report_invalid: "旬报有误：{detail}",
    report_import_invalid: "旬报表有误：{detail}",
    report_not_found: "找不到项目 {id} 在{period}的旬报。",
    report_not_submitted: "这份旬报当前为“{state}”，只有待审核的旬报才能采纳或退回。",
    report_already_accepted: "这份旬报已被采纳，不能再由责任单位修改；如需更正，请联系工作人员。",
    return_reason_required: "退回旬报须填写理由，以便责任单位修改。",
    report_version_conflict: "这份旬报已被他人修改（当前版本 {current}），请刷新后再改。",
    not_your_project: "项目 {id} 不由您的单位负责，不能查看或填报它的旬报。",
    account_not_found: "找不到账号“{username}”。",
    account_exists: "账号“{username}”已存在（账号名不区分大小写），请换一个账号名。",
    last_admin:
      "这是最后一个启用的管理员账号，不能停用或改为其他角色；请先添加或启用另一个管理员。",
    unit_required: "责任单位账号须选择所属的责任单位。",
    unit_unknown: "“{unit}”不是任何项目的责任单位，请从项目的责任单位中选择。",
    internal: "服务器内部错误，请稍后重试。",
    project_import_invalid: "项目清单有误：{detail}",
    password_link_unknown: "这个设置密码链接无效，请核对链接或向管理员索取新链接。",
    password_link_expired: "这个设置密码链接已过期，请向管理员索取新链接。",
    password_link_used: "这个设置密码链接已经用过，不能再用；如忘记密码，请向管理员索取新链接。",
    password_link_replaced: "管理员已为该账号发出更新的链接，这个链接已失效；请使用最新的链接。",
  },
  en: {
    project_not_found: "No project with id {id}.",
    event_not_found: "No inspection event with id {id}.",
    invalid_parameter: "Invalid request parameter: {detail}",
    route_not_found: "No such API endpoint: {path}",
    unauthenticated: "Please sign in first.",
    forbidden: "You are not allowed to do this.",
    csrf_failed: "Security check failed. Reload the page and try again.",
    foreign_origin:
      "The request came from another site and was refused. Use this system's own pages.",
    invalid_credentials: "Wrong username or password.",
    too_many_attempts: "Too many failed sign-ins. Try again in {seconds} seconds.",
    invalid_json: "The request body is not valid JSON.",
    body_too_large: "The request body is too large (limit {limit}).",
    import_file_unreadable: 'Cannot read the file "{name}": {detail}.',
    import_file_too_large: 'The file "{name}" is too large: {detail}.',
    invalid_form:
      "The upload is not a valid form (multipart/form-data). Choose the file and upload it again.",
    event_not_open: "The event is {state}; it does not accept score sheets now.",
    event_published:
      "The event's results are published and frozen; an admin must reopen it, giving a reason, before any change.",
    invalid_transition: "The event cannot go from {from} to {to}.",
    reason_required: "A change to something already submitted needs a reason.",
    roster_empty: "The roster is empty, so scoring cannot open: add evaluators to the draft first.",
    evaluator_without_group:
      "An evaluator belongs to none of the event's groups, so scoring cannot open: choose a group for them in the draft.",
    sheet_invalid: "The score sheet is not valid: {detail}",
    evaluator_not_found: "No evaluator with id {id}.",
    project_not_in_event: "Project {id} is not one of the event's projects.",
    recused: "This evaluator is recused from the project ({reason}) and cannot score it.",
    version_conflict:
      "Someone else changed this sheet (now version {current}). Reload it and try again.",
    idempotency_mismatch: "This Idempotency-Key was already used for a different request.",
    results_not_published: "A scoring link can see the results once they are published.",
    link_revoked: "This scoring link is no longer valid. Ask the staff for a new one.",
    double_entry_same_keyer:
      "You keyed the first pass of this sheet; the second pass must be keyed by another staff member.",
    double_entry_in_review:
      "The two passes of this sheet differ and are waiting for review; it cannot be keyed again now.",
    double_entry_sheet_exists:
      "This sheet is already stored, so it cannot be double-keyed; correct it in normal entry, giving a reason.",
    double_entry_not_found: "No mismatch waiting for review with id {id}.",
    double_entry_resolved: "This mismatch has already been reviewed.",
    double_entry_keyer_cannot_resolve:
      "You keyed one of the passes, so you cannot review this sheet; someone who keyed neither must.",
    double_entry_reason_required:
      "A review needs a reason (for example what the paper sheet shows).",
    invalid_period:
      '"{period}" is not a ten-day period (旬): write year-month-part, e.g. 2023-02-3 (1 = days 1–10, 2 = days 11–20, 3 = day 21 to the month\'s end).',
    period_no_data:
      "No progress reports exist for {period}, so there is no dispatch agenda for it (periods with data: {range}).",
    round_not_found: "No reporting round for {period}.",
    round_exists: "A reporting round for {period} already exists.",
    round_not_after_latest: "A new reporting round must come after the latest one ({latest}).",
    round_deadline_invalid:
      "The deadline {deadline} is before the period starts ({from}); choose another.",
    round_closed: "The reporting round for {period} is already closed.",
    round_has_pending:
      "{period} still has {count, plural, one {# report} other {# reports}} waiting for review; accept or return them before closing the round.",
    no_open_round:
      "No reporting round is open for {period}, so reports cannot be sent or reviewed; staff must open it first.",
    report_invalid: "The report is not valid: {detail}",
    report_import_invalid: "The report sheet is not valid: {detail}",
    report_not_found: "No report for project {id} in {period}.",
    report_not_submitted:
      "This report is {state}; only a report waiting for review can be accepted or returned.",
    report_already_accepted:
      "This report has been accepted and can no longer be changed by the unit; ask the staff to correct it.",
    return_reason_required: "Returning a report needs a reason, so the unit knows what to fix.",
    report_version_conflict:
      "Someone else changed this report (now version {current}). Reload it and try again.",
    not_your_project: "Project {id} is not your unit's, so you cannot see or send its reports.",
    account_not_found: 'No account named "{username}".',
    account_exists:
      'An account named "{username}" already exists (names ignore case); choose another name.',
    last_admin:
      "This is the last enabled admin account: it cannot be disabled or given another role. Add or enable another admin first.",
    unit_required: "A responsible-unit account needs the unit it reports for.",
    unit_unknown:
      '"{unit}" is not the responsible unit of any project; choose one of the projects\' responsible units.',
    internal: "Internal server error. Please try again later.",
    project_import_invalid: "The project list is not valid: {detail}",
    password_link_unknown:
      "This set-password link is not valid. Check the link or ask an administrator for a new one.",
    password_link_expired:
      "This set-password link has expired. Ask an administrator for a new one.",
    password_link_used:
      "This set-password link has already been used. If you forgot your password, ask an administrator for a new link.",
    password_link_replaced:
      "An administrator has sent a newer link for this account, so this one no longer works. Use the newest link.",
  },
});

export type ApiErrorCode = keyof typeof errorMessages.zh;

/** The caller's language: ?lang= first, then Accept-Language; Chinese by default. */
export function requestLang(c: Context): Lang {
  const query = c.req.query("lang");
  if (isLang(query)) return query;
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
  const message = text(errorMessages, code, requestLang(c), params);
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
