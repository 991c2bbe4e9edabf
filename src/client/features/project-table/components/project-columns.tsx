import type { ColumnDef } from "@tanstack/react-table";
import { useMemo, useRef } from "react";
import { Link, useSearch } from "wouter";
import {
  formatPercent,
  formatProgress,
  formatScore,
  formatYiIn,
  type Lang,
  moneyUnitFor,
} from "../../../../domain/formats";
import { LOCALE } from "../../../../domain/i18n";
import { categoryName } from "../../../../domain/shared-messages";
import { describeStatus } from "../../../../domain/status-reason";
import { useCategories } from "../../../api/project-admin";
import { StatusBadge } from "../../../components/status-badge";
import { localized } from "../../../i18n/localized";
import { translate } from "../../../i18n/messages";
import { projectTableMessages } from "../messages";
import type { ProjectRow } from "../utils/project-row";
import type { ColumnId } from "../utils/table-columns";

const severity = { green: 0, yellow: 1, red: 2 } as const;

type Options = {
  lang: Lang;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  scoresPending: boolean;
};

/** Column definitions: what each cell shows and what it sorts by (nulls always last). */
export function useProjectColumns({ lang, selectedId, onSelect, scoresPending }: Options) {
  const search = useSearch();
  // Read by the cells as they draw, so a new address or selection does not make new columns (new
  // columns make the table work out every one of thousands of rows again).
  const live = useRef({ search, selectedId });
  live.current = { search, selectedId };
  // A category added since the seed is named as the district named it.
  const categories = useCategories().data?.categories;
  return useMemo(() => {
    const t = translate(projectTableMessages, lang);
    const locale = LOCALE[lang];
    // Chinese names sort by pinyin; English ones alphabetically. One collator for all comparisons:
    // localeCompare builds one per call, which a sort of thousands of rows feels.
    const collator = new Intl.Collator(locale);
    const byText = (a: string, b: string) => collator.compare(a, b);
    // The money unit of the whole column, worked out once per list rather than once per cell.
    const units = new WeakMap<object, ReturnType<typeof moneyUnitFor>>();
    const unitOf = (rows: { original: ProjectRow }[]) => {
      let unit = units.get(rows);
      if (!unit) {
        unit = moneyUnitFor(
          rows.map((r) => r.original.totalInvestment),
          lang,
        );
        units.set(rows, unit);
      }
      return unit;
    };
    const detailHref = (id: string) => {
      const params = new URLSearchParams(live.current.search);
      params.set("sel", id);
      return `/projects/${id}?${params}`;
    };

    const columns: (ColumnDef<ProjectRow> & { id: ColumnId })[] = [
      {
        id: "name",
        header: t("colName"),
        accessorFn: (row) => localized(row, "name", lang),
        sortingFn: (a, b) => byText(a.getValue("name"), b.getValue("name")),
        sortDescFirst: false,
        // The shared filters' verdict, worked out once for all pages: the ids they let through.
        filterFn: (row, _id, shown: ReadonlySet<string>) => shown.has(row.original.id),
        cell: ({ row }) => {
          const name = localized(row.original, "name", lang);
          const selected = row.original.id === live.current.selectedId;
          return (
            <div className="pt-name">
              <button
                type="button"
                className="pt-select"
                aria-pressed={selected}
                aria-label={t("select", { name })}
                onClick={() => onSelect(selected ? undefined : row.original.id)}
              >
                <span aria-hidden="true">{selected ? "◉" : "○"}</span>
              </button>
              <Link href={detailHref(row.original.id)} className="pt-name__link">
                {name}
              </Link>
            </div>
          );
        },
      },
      {
        id: "category",
        header: t("colCategory"),
        accessorFn: (row) => categoryName(row.category, lang, categories),
        sortingFn: (a, b) => byText(a.getValue("category"), b.getValue("category")),
        sortDescFirst: false,
      },
      {
        id: "street",
        header: t("colStreet"),
        accessorFn: (row) => localized(row, "street", lang),
        sortingFn: (a, b) => byText(a.getValue("street"), b.getValue("street")),
        sortDescFirst: false,
      },
      {
        id: "totalInvestment",
        header: t("colTotalInvestment"),
        accessorFn: (row) => row.totalInvestment,
        sortingFn: "basic",
        sortDescFirst: true,
        // One unit down the column, so the sums compare at a glance.
        cell: ({ row, table }) =>
          formatYiIn(row.original.totalInvestment, unitOf(table.getFilteredRowModel().rows), lang),
      },
      {
        id: "planCompletion",
        header: t("colPlanCompletion"),
        accessorFn: (row) => row.statusExplanation.ytdCompletionPct,
        sortingFn: "basic",
        sortDescFirst: true,
        cell: ({ row }) => formatPercent(row.original.statusExplanation.ytdCompletionPct, lang, 1),
      },
      {
        id: "progress",
        header: t("colProgress"),
        accessorFn: (row) => row.progress,
        sortingFn: "basic",
        sortDescFirst: true,
        cell: ({ row }) => (
          <div className="pt-progress">
            <span className="pt-progress__track" aria-hidden="true">
              <span className="pt-progress__fill" style={{ width: `${row.original.progress}%` }} />
            </span>
            <span className="pt-progress__value">
              {formatProgress(row.original.progress, lang)}
            </span>
          </div>
        ),
      },
      {
        id: "status",
        header: t("colStatus"),
        // Sorts by severity: descending puts red first.
        accessorFn: (row) => severity[row.status],
        sortingFn: "basic",
        sortDescFirst: true,
        cell: ({ row }) => {
          const reason = describeStatus(row.original.statusExplanation, lang);
          return (
            <>
              <StatusBadge light={row.original.status} title={reason} />
              <span className="visually-hidden">{reason}</span>
            </>
          );
        },
      },
      {
        id: "score",
        header: t("colScore"),
        // undefined, not null: react-table's sortUndefined keeps unscored rows last either way.
        accessorFn: (row) => row.score ?? undefined,
        sortingFn: "basic",
        sortUndefined: "last",
        sortDescFirst: true,
        cell: ({ row }) =>
          row.original.score !== null ? (
            formatScore(row.original.score)
          ) : (
            <span className="pt-missing" title={scoresPending ? t("scoresLoading") : t("noScore")}>
              {scoresPending ? "…" : "—"}
            </span>
          ),
      },
      {
        id: "rank",
        header: t("colRank"),
        accessorFn: (row) => row.rank ?? undefined,
        sortingFn: "basic",
        sortUndefined: "last",
        sortDescFirst: false,
        cell: ({ row }) => {
          const { rank, rankOf } = row.original;
          if (rank === null) return <span className="pt-missing">—</span>;
          return (
            <>
              <span aria-hidden="true">
                {rank} / {rankOf}
              </span>
              <span className="visually-hidden">{t("rankOf", { rank, total: rankOf ?? "" })}</span>
            </>
          );
        },
      },
    ];
    return columns;
  }, [lang, onSelect, scoresPending, categories]);
}
