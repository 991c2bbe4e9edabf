import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useParams } from "wouter";
import type { Lang } from "../../domain/i18n";
import { isId } from "../../domain/ids";
import { projectQueryOptions } from "../api/projects";
import { useLang } from "../i18n/lang";
import { localized } from "../i18n/localized";
import { defineMessages, translate } from "../i18n/messages";

const titles = defineMessages({
  zh: {
    app: "即墨区重点项目观摩",
    overview: "总览",
    map: "项目地图",
    projects: "项目列表",
    project: "项目详情",
    results: "评议结果",
    dispatch: "调度会议程",
    review: "动态复盘",
    bulletin: "评议通报",
    dispatchBulletin: "调度通报",
    problems: "问题清单",
    signIn: "登录",
    score: "评议打分",
    entry: "评分录入",
    linkCards: "评委二维码卡片",
    import: "导入评分表",
    displays: "大屏管理",
    accounts: "账号管理",
    reports: "旬报填报",
    notFound: "页面不存在",
    eventsAdmin: "观摩会筹备",
    setPassword: "设置密码",
  },
  en: {
    app: "Jimo Key-Project Inspection",
    overview: "Overview",
    map: "Project map",
    projects: "Projects",
    project: "Project",
    results: "Results",
    dispatch: "Dispatch meeting agenda",
    review: "Review",
    bulletin: "Bulletin",
    dispatchBulletin: "Dispatch bulletin",
    problems: "Problem list",
    signIn: "Sign in",
    score: "Scoring",
    entry: "Score entry",
    linkCards: "Evaluators' QR cards",
    import: "Import score sheets",
    displays: "Wall screens",
    accounts: "Accounts",
    reports: "Ten-day reports",
    notFound: "Page not found",
    eventsAdmin: "Inspections",
    setPassword: "Set your password",
  },
});
/** The page a route shows, as its title names it. */
export type PageKey = Exclude<keyof (typeof titles)["zh"], "app">;

/** "项目列表 · 即墨区重点项目观摩"; a project's page leads with the project's own name. */
export function pageTitle(page: PageKey, lang: Lang, projectName?: string): string {
  const t = translate(titles, lang);
  return `${page === "project" && projectName ? projectName : t(page)} · ${t("app")}`;
}

/**
 * Keeps document.title in step with the page and the language. Rendered by the route itself
 * (see app-routes.ts), so the title cannot name a page the app does not have.
 */
export function PageTitle({ page }: { page: PageKey }) {
  const lang = useLang();
  const { id } = useParams<{ id?: string }>();
  // A malformed id never reaches the server, here as on the project page.
  const projectId = page === "project" && id && isId(id) ? id : undefined;
  // The project page loads the same query: no request of its own, and none on other pages.
  const project = useQuery({ ...projectQueryOptions(projectId ?? ""), enabled: Boolean(projectId) })
    .data?.project;
  const projectName = projectId && project ? localized(project, "name", lang) : undefined;
  useEffect(() => {
    document.title = pageTitle(page, lang, projectName);
  }, [page, lang, projectName]);
  return null;
}
