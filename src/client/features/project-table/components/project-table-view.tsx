import { useMemo } from "react";
import type { ProjectSummary } from "../../../../domain/api-views";
import { formatDate, formatPercent } from "../../../../domain/formats";
import { EmptyState } from "../../../components/async-state";
import { FilterBar } from "../../../components/filter-bar";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useDashboardView } from "../../../lib/use-dashboard-view";
import { useProjectTable } from "../hooks/use-project-table";
import { projectTableMessages } from "../messages";
import { joinResults } from "../utils/project-row";
import type { ColumnId } from "../utils/table-columns";
import { ColumnChooser } from "./column-chooser";
import { CsvExportButton } from "./csv-export-button";
import { ProjectTable } from "./project-table";

/** Filters, column chooser, export and the table itself, over the loaded projects. */
export function ProjectTableView({ projects, asOf }: { projects: ProjectSummary[]; asOf: string }) {
  const t = useMessages(projectTableMessages);
  const lang = useLang();
  const { search, update, events, results, shown, shownIds } = useDashboardView();
  // Scores are still coming while the event list or the results load; "—" only means "not scored".
  const scoresPending = events.isPending || results.isLoading;

  // Every project once; the filters pick rows out of it, so a filter never rebuilds thousands.
  const rows = useMemo(
    () => joinResults(projects, results.data?.results),
    [projects, results.data],
  );
  const filtered = shown.length === projects.length ? undefined : shownIds;
  const table = useProjectTable(rows, lang, scoresPending, filtered);

  const labels = Object.fromEntries(
    table.getAllLeafColumns().map((column) => [column.id, String(column.columnDef.header)]),
  ) as Record<ColumnId, string>;
  // 序时进度 is the same for every project (it depends only on the as-of date).
  const elapsed = projects[0]?.statusExplanation.timeElapsedPct;
  const elapsedText = elapsed === undefined ? "—" : formatPercent(elapsed, lang, 1);
  const clearFilters = () =>
    update({ cat: undefined, street: undefined, status: undefined, q: undefined });

  return (
    <>
      <FilterBar projects={projects} shown={shown.length} />
      <div className="pt-toolbar">
        <ColumnChooser labels={labels} />
        <CsvExportButton table={table} lang={lang} asOf={asOf} />
      </div>
      {(events.isError || results.isError) && (
        <p className="pt-notice" role="status">
          {t("scoresError")}
        </p>
      )}
      {shown.length ? (
        <ProjectTable
          table={table}
          caption={t("tableCaption")}
          note={t("planCaption", { pct: elapsedText, date: formatDate(asOf, lang) })}
          headerTitles={{ planCompletion: t("planTooltip", { pct: elapsedText }) }}
          selectedId={search.sel}
          onSelect={(id) => update({ sel: id })}
        />
      ) : (
        <EmptyState>
          <p>{t("emptyTitle")}</p>
          <button type="button" className="button" onClick={clearFilters}>
            {t("clearFilters")}
          </button>
        </EmptyState>
      )}
    </>
  );
}
