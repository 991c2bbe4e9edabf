import { useEffect, useId, useState } from "react";
import type { ProjectSummary } from "../../domain/api-views";
import { LOCALE, localized } from "../../domain/i18n";
import { lightWordKey, type StatusLight, statusLights } from "../../domain/status-rules";
import { commonMessages } from "../i18n/common-messages";
import { useLang } from "../i18n/lang";
import { defineMessages, useMessages } from "../i18n/messages";
import { useDashboardSearch } from "../lib/dashboard-search";
import { useCategoryBook } from "../lib/use-category-book";

const messages = defineMessages({
  zh: {
    filters: "筛选",
    category: "类别",
    allCategories: "全部类别",
    street: "街道/镇",
    allStreets: "全部街道/镇",
    status: "状态",
    search: "搜索",
    searchPlaceholder: "项目、街道、建设主体…",
    clear: "清除筛选",
    count: "显示 {shown} / {total} 个项目",
    toggle: "筛选",
    activeCount: "（{n} 项）",
  },
  en: {
    filters: "Filters",
    category: "Category",
    allCategories: "All categories",
    street: "Street / town",
    allStreets: "All streets and towns",
    status: "Status",
    search: "Search",
    searchPlaceholder: "Project, street, developer…",
    clear: "Clear filters",
    count: "Showing {shown} of {total, plural, one {# project} other {# projects}}",
    toggle: "Filters",
    activeCount: " ({n} set)",
  },
});

/** The shared filters (category, street, status, text). They live in the URL, so every view follows. */
export function FilterBar({ projects, shown }: { projects: ProjectSummary[]; shown: number }) {
  const t = useMessages(messages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const { search, update } = useDashboardSearch();
  const categories = useCategoryBook();
  // Every category that has projects, in the district's order; the chosen one stays listed.
  const categoryOptions = categories.present([
    ...projects,
    ...(search.cat ? [{ category: search.cat }] : []),
  ]);
  const chosenColour = search.cat ? categories.colour(search.cat) : undefined;
  const id = useId();
  const [text, setText] = useState(search.q ?? "");

  // Typing updates the URL after a pause, not on every key (and keeps IME composition intact).
  useEffect(() => setText(search.q ?? ""), [search.q]);
  useEffect(() => {
    if (text === (search.q ?? "")) return;
    const timer = setTimeout(() => update({ q: text || undefined }), 250);
    return () => clearTimeout(timer);
  }, [text, search.q, update]);

  const streets = [...new Map(projects.map((p) => [p.street, p])).entries()].sort(([a], [b]) =>
    a.localeCompare(b, LOCALE.zh),
  );
  const activeCount = [search.cat, search.street, search.status, search.q].filter(Boolean).length;
  const active = activeCount > 0;
  // On a phone the fields fold away behind one button; on wider screens they are always shown.
  const [expanded, setExpanded] = useState(false);
  const toggleLight = (light: StatusLight) => {
    const current = search.status ?? [];
    const next = current.includes(light) ? current.filter((l) => l !== light) : [...current, light];
    update({ status: next.length ? next : undefined });
  };

  return (
    <section className={`filter-bar${expanded ? " is-expanded" : ""}`} aria-label={t("filters")}>
      <button
        type="button"
        className="button button--ghost filter-bar__toggle"
        aria-expanded={expanded}
        aria-controls={`${id}-fields`}
        onClick={() => setExpanded((v) => !v)}
      >
        {t("toggle")}
        {active ? t("activeCount", { n: activeCount }) : ""}
        <span aria-hidden="true">{expanded ? " ▴" : " ▾"}</span>
      </button>
      <div className="filter-bar__fields" id={`${id}-fields`}>
        <label className="field" htmlFor={`${id}-cat`}>
          {t("category")}
          <span className="filter-bar__category">
            {chosenColour && (
              <span
                className="category-swatch"
                aria-hidden="true"
                style={{ background: chosenColour }}
              />
            )}
            <select
              id={`${id}-cat`}
              className="select"
              value={search.cat ?? ""}
              onChange={(e) => update({ cat: e.target.value || undefined })}
            >
              <option value="">{t("allCategories")}</option>
              {categoryOptions.map((c) => (
                <option key={c.id} value={c.id} style={{ color: c.colour }}>
                  {categories.name(c.id, lang)}
                </option>
              ))}
            </select>
          </span>
        </label>
        <label className="field" htmlFor={`${id}-street`}>
          {t("street")}
          <select
            id={`${id}-street`}
            className="select"
            value={search.street ?? ""}
            onChange={(e) => update({ street: e.target.value || undefined })}
          >
            <option value="">{t("allStreets")}</option>
            {streets.map(([street, p]) => (
              <option key={street} value={street}>
                {localized(p, "street", lang)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field filter-bar__lights">
          <legend>{t("status")}</legend>
          <div className="filter-bar__light-buttons">
            {statusLights.map((light) => (
              <button
                key={light}
                type="button"
                className={`chip chip--${light}`}
                aria-pressed={search.status?.includes(light) ?? false}
                onClick={() => toggleLight(light)}
              >
                {common(lightWordKey[light])}
              </button>
            ))}
          </div>
        </fieldset>
        <label className="field filter-bar__search" htmlFor={`${id}-q`}>
          {t("search")}
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={text}
            placeholder={t("searchPlaceholder")}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      </div>
      <div className="filter-bar__end">
        <span className="filter-bar__count" aria-live="polite">
          {t("count", { shown, total: projects.length })}
        </span>
        {active && (
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => {
              setText("");
              update({ cat: undefined, street: undefined, status: undefined, q: undefined });
            }}
          >
            {t("clear")}
          </button>
        )}
      </div>
    </section>
  );
}
