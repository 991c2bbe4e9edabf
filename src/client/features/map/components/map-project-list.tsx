import { useEffect, useMemo, useRef, useState } from "react";
import type { ProjectSummary } from "../../../../domain/api-views";
import { formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { EmptyState } from "../../../components/async-state";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { mapMessages } from "../messages";
import { manyProjects } from "../utils/project-clusters";

/** Rows per page of a long list: a screenful or two, never thousands of elements. */
const pageSize = 50;

type Props = {
  projects: ProjectSummary[];
  results?: ProjectResult[];
  selectedId?: string;
  onSelect: (id: string) => void;
  label: string;
};

/** The map's projects as a plain list: another way in, and the map's text alternative. */
export function MapProjectList({ projects, results, selectedId, onSelect, label }: Props) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const common = useMessages(commonMessages);
  const listRef = useRef<HTMLOListElement>(null);
  const scoreOf = useMemo(() => new Map(results?.map((r) => [r.projectId, r.score])), [results]);
  // A city's list is searched and paged: every project is one search away, not thousands of stops.
  const long = projects.length > manyProjects;
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(0);
  const found = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!long || !q) return projects;
    return projects.filter((p) =>
      `${localized(p, "name", lang)} ${localized(p, "street", lang)}`.toLowerCase().includes(q),
    );
  }, [long, projects, query, lang]);
  const pages = Math.max(1, Math.ceil(found.length / pageSize));
  const current = Math.min(page, pages - 1);
  const rows = long ? found.slice(current * pageSize, (current + 1) * pageSize) : projects;

  // A project selected on the map shows in the list: turn to its page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes
  useEffect(() => {
    if (!long || !selectedId) return;
    const at = found.findIndex((p) => p.id === selectedId);
    if (at >= 0) setPage(Math.floor(at / pageSize));
  }, [selectedId]);

  // Keep the selected row in view inside the list, without scrolling the page itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes
  useEffect(() => {
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !row || list.scrollHeight <= list.clientHeight) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top - 8;
    else if (top + row.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = top + row.offsetHeight - list.clientHeight + 8;
  }, [selectedId]);

  if (!projects.length) return <EmptyState>{common("empty")}</EmptyState>;
  const list = (
    <ol className="map-list" ref={listRef} aria-label={label}>
      {rows.map((p) => {
        const score = scoreOf.get(p.id);
        return (
          <li key={p.id}>
            <button
              type="button"
              className="map-list__item"
              aria-current={p.id === selectedId ? "true" : undefined}
              onClick={() => onSelect(p.id)}
            >
              <span className="map-list__name">{localized(p, "name", lang)}</span>
              <span className="map-list__meta">
                <StatusBadge light={p.status} explanation={p.statusExplanation} />
                <span>{localized(p, "street", lang)}</span>
                <span className="num">
                  {score == null ? t("noScore") : `${t("score")} ${formatScore(score)}`}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
  if (!long) return list;
  const total = found.length.toLocaleString(lang === "en" ? "en-US" : "zh-CN");
  return (
    <div className="map-list-long">
      <label className="map-list-long__search">
        <span>{t("listSearch")}</span>
        <input
          type="search"
          className="input"
          value={query}
          placeholder={t("listSearchHint")}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(0);
          }}
        />
      </label>
      {found.length ? list : <p className="map-list-long__none">{t("listNone", { query })}</p>}
      <nav className="map-list-long__pages" aria-label={label}>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={current === 0}
          onClick={() => setPage(current - 1)}
        >
          {t("listPrevious")}
        </button>
        <span className="num" aria-live="polite">
          {found.length
            ? t("listRange", {
                from: current * pageSize + 1,
                to: Math.min(found.length, (current + 1) * pageSize),
                total,
              })
            : null}
        </span>
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={current >= pages - 1}
          onClick={() => setPage(current + 1)}
        >
          {t("listNext")}
        </button>
      </nav>
    </div>
  );
}
