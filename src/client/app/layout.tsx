import { type ReactNode, useState } from "react";
import { Link, useLocation, useSearch, useSearchParams } from "wouter";
import { HTML_LANG, otherLang } from "../../domain/i18n";
import { illustrativeMessages } from "../../domain/shared-messages";
import { useRole, useSession, useSignOut } from "../api/session";
import { useSettings } from "../api/settings";
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
const entryNavItem = { href: "/entry", key: "navEntry" } as const;
const reportsNavItem = { href: "/reports", key: "navReports" } as const;
const problemsNavItem = { href: "/problems", key: "navProblems" } as const;
const reviewNavItem = { href: "/review", key: "navReview" } as const;
const displaysNavItem = { href: "/entry/displays", key: "navDisplays" } as const;
const accountsNavItem = { href: "/admin/accounts", key: "navAccounts" } as const;
const eventsAdminNavItem = { href: "/admin/events", key: "navEventsAdmin" } as const;

function LangToggle() {
  const t = useMessages(commonMessages);
  const lang = useLang();
  const setLang = useSetLang();
  const [, setParams] = useSearchParams();
  const next = otherLang(lang);
  return (
    <button
      type="button"
      className="button button--ghost lang-toggle"
      // The accessible name starts with the visible text (WCAG 2.5.3), then says what it does.
      aria-label={`${t("switchLanguage")} · ${t("switchLanguageLabel")}`}
      lang={HTML_LANG[next]}
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

/** Who is signed in, with a way out; or a way in. */
function AccountMenu() {
  const t = useMessages(commonMessages);
  const session = useSession().data;
  const signOut = useSignOut();
  const [location, navigate] = useLocation();
  const user = session && "user" in session ? session.user : null;
  if (!user)
    return location === "/sign-in" ? null : (
      <Link
        href={`/sign-in?next=${encodeURIComponent(location)}`}
        className="button button--ghost app-header__account"
      >
        {t("signIn")}
      </Link>
    );
  return (
    <span className="app-header__account">
      <span className="app-header__user">{user.displayName}</span>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate("/") })}
      >
        {t("signOut")}
      </button>
    </span>
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
  const illustrative = useMessages(illustrativeMessages);
  const [location] = useLocation();
  const search = useSearch();
  // The shared filters travel with the navigation, so map, table and results show the same set.
  const carried = search ? `?${search}` : "";
  const role = useRole();
  const demo = useSettings().data?.demo;
  const items =
    role === "admin"
      ? [
          ...navItems,
          problemsNavItem,
          entryNavItem,
          reportsNavItem,
          reviewNavItem,
          displaysNavItem,
          accountsNavItem,
          eventsAdminNavItem,
        ]
      : role === "staff"
        ? [
            ...navItems,
            problemsNavItem,
            entryNavItem,
            reportsNavItem,
            reviewNavItem,
            eventsAdminNavItem,
          ]
        : role === "leader" // leaders read the desk and the problem list
          ? [...navItems, problemsNavItem, entryNavItem, reportsNavItem, reviewNavItem]
          : role === "unit" // a unit reports and applies to close its problems; scoring is not its business
            ? [...navItems, problemsNavItem, reportsNavItem]
            : navItems;
  // The longest matching item is the current one (/entry/displays is not also /entry).
  const activeHref = items
    .map((item) => item.href as string)
    .filter((href) =>
      href === "/" ? location === "/" : location === href || location.startsWith(`${href}/`),
    )
    .sort((a, b) => b.length - a.length)[0];
  // An evaluator's personal page stands alone: no dashboard navigation, no account menu.
  const standalone = location.startsWith("/score/");
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
        {!standalone && (
          <nav className="app-nav" aria-label={t("appTitle")}>
            {items.map((item) => {
              const active = item.href === activeHref;
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
        )}
        <LangToggle />
        {!standalone && <AccountMenu />}
      </header>
      <p className="illustrative-banner">{illustrative("banner")}</p>
      <BadParamNotice />
      <main id="content" className="app-main" tabIndex={-1}>
        {children}
      </main>
      {/* After the page, kept in view at the bottom: it arrives with the settings, and above the
          page it would push everything down once loaded. */}
      {demo && <p className="demo-banner">{illustrative("demoBanner")}</p>}
    </div>
  );
}
