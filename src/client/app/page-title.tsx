import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLocation } from "wouter";
import type { Lang } from "../../domain/formats";
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
    signIn: "登录",
    score: "评议打分",
    entry: "评分录入",
    linkCards: "评委二维码卡片",
    import: "导入评分表",
    displays: "大屏管理",
    notFound: "页面不存在",
  },
  en: {
    app: "Jimo Key-Project Inspection",
    overview: "Overview",
    map: "Project map",
    projects: "Projects",
    project: "Project",
    results: "Results",
    signIn: "Sign in",
    score: "Scoring",
    entry: "Score entry",
    linkCards: "Evaluators' QR cards",
    import: "Import score sheets",
    displays: "Wall screens",
    notFound: "Page not found",
  },
});
type TitleKey = Exclude<keyof (typeof titles)["zh"], "app">;

/**
 * The one map of route → title, most specific first. The wall screen (/display) names itself in
 * its own language parameter, so it is not here.
 */
const routes: [RegExp, TitleKey][] = [
  [/^\/$/, "overview"],
  [/^\/map$/, "map"],
  [/^\/projects$/, "projects"],
  [/^\/projects\/[^/]+$/, "project"],
  [/^\/results$/, "results"],
  [/^\/sign-in$/, "signIn"],
  [/^\/score\/[^/]+$/, "score"],
  [/^\/entry$/, "entry"],
  [/^\/entry\/links\/print$/, "linkCards"],
  [/^\/entry\/import$/, "import"],
  [/^\/entry\/displays$/, "displays"],
];

export const isWallRoute = (path: string) => path === "/display" || path.startsWith("/display/");

/** "项目列表 · 即墨区重点项目观摩"; a project's page leads with the project's own name. */
export function pageTitle(path: string, lang: Lang, projectName?: string): string {
  const t = translate(titles, lang);
  const key = routes.find(([pattern]) => pattern.test(path))?.[1] ?? "notFound";
  const page = key === "project" && projectName ? projectName : t(key);
  return `${page} · ${t("app")}`;
}

/** Keeps document.title in step with the route and the language; mounted once, in the app. */
export function PageTitle() {
  const [path] = useLocation();
  const lang = useLang();
  const pathId = /^\/projects\/([^/]+)$/.exec(path)?.[1];
  // A malformed id never reaches the server, here as on the project page.
  const projectId = pathId && isId(pathId) ? pathId : undefined;
  // The project page loads the same query: no request of its own, and none on other pages.
  const project = useQuery({ ...projectQueryOptions(projectId ?? ""), enabled: Boolean(projectId) })
    .data?.project;
  const projectName = projectId && project ? localized(project, "name", lang) : undefined;
  useEffect(() => {
    if (isWallRoute(path)) return;
    document.title = pageTitle(path, lang, projectName);
  }, [path, lang, projectName]);
  return null;
}
