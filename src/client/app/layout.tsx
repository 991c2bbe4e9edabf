import { type ReactNode, useState } from "react";
import { Link, useLocation, useSearch, useSearchParams } from "wouter";
import { commonMessages } from "../i18n/common-messages";
import { useLang, useSetLang } from "../i18n/lang";
import { useMessages } from "../i18n/messages";
import { useDashboardSearch } from "../lib/dashboard-search";

const navItems = [
  { href: "/", key: "navOverview" },
  { href: "/map", key: "navMap" },
  { href: "/projects", key: "navProjects" },
  { href: "/results", key: "navResults" },
] as const;

function LangToggle() {
  const t = useMessages(commonMessages);
  const lang = useLang();
  const setLang = useSetLang();
  const [, setParams] = useSearchParams();
  const next = lang === "zh" ? "en" : "zh";
  return (
    <button
      type="button"
      className="button button--ghost lang-toggle"
      // The accessible name starts with the visible text (WCAG 2.5.3), then says what it does.
      aria-label={`${t("switchLanguage")} · ${t("switchLanguageLabel")}`}
      lang={next === "zh" ? "zh-CN" : "en"}
      onClick={() => {
        setLang(next);
        // Keep a `?lang=` in the address in step, so the link still shows what is on screen.
        setParams(
          (prev) => {
            const params = new URLSearchParams(prev);
            if (params.has("lang")) params.set("lang", next);
            return params;
          },
          { replace: true },
        );
      }}
    >
      {t("switchLanguage")}
    </button>
  );
}

function BadParamNotice() {
  const t = useMessages(commonMessages);
  const { errors } = useDashboardSearch();
  const [dismissed, setDismissed] = useState<string>("");
  const signature = errors.map((e) => `${e.param}=${e.value}`).join("&");
  if (!errors.length || dismissed === signature) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <ul>
        {errors.map((e) => (
          <li key={e.param}>{t("badParam", { param: e.param, value: e.value })}</li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        onClick={() => setDismissed(signature)}
      >
        {t("dismiss")}
      </button>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useMessages(commonMessages);
  const [location] = useLocation();
  const search = useSearch();
  // The shared filters travel with the navigation, so map, table and results show the same set.
  const carried = search ? `?${search}` : "";
  return (
    <div className="app">
      <a className="skip-link" href="#content">
        {t("skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true" />
          <div>
            <p className="app-header__title">{t("appTitle")}</p>
            <p className="app-header__subtitle">{t("appSubtitle")}</p>
          </div>
        </div>
        <nav className="app-nav" aria-label={t("appTitle")}>
          {navItems.map((item) => {
            const active = item.href === "/" ? location === "/" : location.startsWith(item.href);
            return (
              <Link
                key={item.href}
                href={`${item.href}${carried}`}
                className={`app-nav__link${active ? " is-active" : ""}`}
                aria-current={active ? "page" : undefined}
              >
                {t(item.key)}
              </Link>
            );
          })}
        </nav>
        <LangToggle />
      </header>
      <p className="illustrative-banner">{t("illustrativeBanner")}</p>
      <BadParamNotice />
      <main id="content" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
