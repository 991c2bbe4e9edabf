import { type CSSProperties, useId } from "react";
import { Link } from "wouter";
import { type Lang, periodLabel } from "../../../../domain/formats";
import { parsePeriodId } from "../../../../domain/periods";
import { lightGlyph, lightWordKey, type StatusLight } from "../../../../domain/status-rules";
import type { ReviewResponse } from "../../../api/review";
import { type DataColumn, DataTable } from "../../../components/data-table";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useDashboardSearch } from "../../../lib/dashboard-search";
import { useCategoryBook } from "../../../lib/use-category-book";
import { reviewMessages } from "../messages";
import { type MatrixRow, matrixRows, parseMatrixSort, unitsOf } from "../utils/matrix-rows";

/** A month's first 旬 in a quarter's first month gets a tick under the strip: "4月" / "Apr". */
function tickOf(period: string, lang: Lang): string | null {
  const { year, month, part } = parsePeriodId(period);
  if (part !== 1 || (month - 1) % 3 !== 0) return null;
  if (month === 1) return String(year);
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en", {
    month: "short",
    timeZone: "UTC",
  }).format(Date.UTC(2000, month - 1, 1));
}

/** The strips and their scale share one grid of a column per 旬. */
const stripColumns = (n: number) => ({ "--review-periods": n }) as CSSProperties;

/** One project's lights per 旬: a strip of shapes that wraps on a phone rather than scrolling. */
function LightStrip({ row, periods }: { row: MatrixRow; periods: string[] }) {
  const t = useMessages(reviewMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  return (
    <ol className="review-strip" style={stripColumns(periods.length)}>
      {row.lights.map((light: StatusLight | null, i) => {
        const period = periods[i] ?? "";
        const label = light
          ? t("cell", { period: periodLabel(period, lang), light: common(lightWordKey[light]) })
          : t("notStarted", { period: periodLabel(period, lang) });
        return (
          <li
            key={period}
            className={`review-strip__cell review-strip__cell--${light ?? "none"}`}
            title={label}
            data-period={period}
            data-light={light ?? "none"}
          >
            <span aria-hidden="true">{light ? lightGlyph[light] : ""}</span>
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** The ticks above the strips: the same grid, so each month sits over its own 旬. */
function StripScale({ periods }: { periods: string[] }) {
  const lang = useLang();
  return (
    <ol
      className="review-strip review-strip--scale"
      aria-hidden="true"
      style={stripColumns(periods.length)}
    >
      {periods.map((period) => (
        <li key={period} className="review-strip__tick">
          {tickOf(period, lang) && <span>{tickOf(period, lang)}</span>}
        </li>
      ))}
    </ol>
  );
}

function TurnedRed({ row }: { row: MatrixRow }) {
  const t = useMessages(reviewMessages);
  const lang = useLang();
  if (!row.turnedRed) return <span className="review-muted">{t("neverRed")}</span>;
  const period = periodLabel(row.turnedRed.period, lang);
  return (
    <div className="review-turn" data-turned-red={row.turnedRed.period}>
      <strong>{row.light === "red" ? t("redSince", { period }) : t("wasRed", { period })}</strong>
      <p className="review-turn__reason" title={row.turnedRed.reason[lang]}>
        {row.turnedRed.reason[lang]}
      </p>
    </div>
  );
}

/**
 * The matrix of projects × 旬, filterable by category and unit and sortable by the 旬 spent in red.
 * Filters and order live in the link, like the dashboard's. On a phone each project is a card whose
 * strip wraps, so nothing hides off the side.
 */
export function LightMatrix({ review }: { review: ReviewResponse }) {
  const t = useMessages(reviewMessages);
  const lang = useLang();
  const id = useId();
  const { search, update } = useDashboardSearch();
  const categories = useCategoryBook();
  const sort = parseMatrixSort(search.sort);
  const rows = matrixRows(review.projects, { category: search.cat, unit: search.unit }, sort);
  const { periods } = review;
  const from = periodLabel(periods[0] ?? "", lang);
  const to = periodLabel(periods.at(-1) ?? "", lang);
  // The heading toggles between most-in-red first and the list's own order.
  const sortRed = () =>
    update({ sort: sort === "red" ? undefined : "red:desc" }, { replace: false });

  const columns: DataColumn<MatrixRow>[] = [
    {
      id: "project",
      header: t("project"),
      rowHeader: true,
      className: "review-matrix__project",
      cell: (row) => (
        <>
          <Link href={`/projects/${row.id}`} className="review-matrix__name">
            {localized(row, "name", lang)}
          </Link>
          <span className="review-matrix__unit">{localized(row, "responsibleUnit", lang)}</span>
        </>
      ),
    },
    {
      id: "lights",
      header: (
        <>
          <span className="review-matrix__lights-head">{t("lights", { from, to })}</span>
          <StripScale periods={periods} />
        </>
      ),
      label: t("lightsShort"),
      className: "review-matrix__lights",
      cell: (row) => <LightStrip row={row} periods={periods} />,
    },
    {
      id: "now",
      header: t("now"),
      className: "review-matrix__now",
      cell: (row) => (row.light ? <StatusBadge light={row.light} /> : "—"),
    },
    {
      id: "red",
      header: (
        <button type="button" className="review-sort" onClick={sortRed} aria-describedby={id}>
          {t("redCount")}
          <span aria-hidden="true" className={sort === "red" ? "is-active" : undefined}>
            {sort === "red" ? " ↓" : " ↕"}
          </span>
        </button>
      ),
      label: t("redCount"),
      numeric: true,
      sort: sort === "red" ? "descending" : "none",
      cell: (row) => row.redCount,
    },
    {
      id: "yellow",
      header: t("yellowCount"),
      numeric: true,
      cell: (row) => row.yellowCount,
    },
    {
      id: "turned",
      header: t("turnedRed"),
      className: "review-matrix__turned",
      cell: (row) => <TurnedRed row={row} />,
    },
  ];

  const units = unitsOf(review.projects);
  return (
    <>
      <div className="review-controls">
        <label>
          <span>{t("category")}</span>
          <select
            value={search.cat ?? ""}
            onChange={(e) => update({ cat: e.target.value || undefined }, { replace: false })}
          >
            <option value="">{t("allCategories")}</option>
            {categories
              .present([...review.projects, ...(search.cat ? [{ category: search.cat }] : [])])
              .map((c) => (
                <option key={c.id} value={c.id} style={{ color: c.colour }}>
                  {categories.name(c.id, lang)}
                </option>
              ))}
          </select>
        </label>
        <label>
          <span>{t("unit")}</span>
          <select
            value={search.unit ?? ""}
            onChange={(e) => update({ unit: e.target.value || undefined }, { replace: false })}
          >
            <option value="">{t("allUnits")}</option>
            {units.map((u) => (
              <option key={u.responsibleUnit} value={u.responsibleUnit}>
                {localized(u, "responsibleUnit", lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("sortBy")}</span>
          <select
            value={sort ?? ""}
            onChange={(e) =>
              update(
                {
                  sort: e.target.value
                    ? `${e.target.value}:${e.target.value === "red" ? "desc" : "asc"}`
                    : undefined,
                },
                { replace: false },
              )
            }
          >
            <option value="">{t("sortDefault")}</option>
            <option value="red">{t("sortRed")}</option>
            <option value="name">{t("sortName")}</option>
          </select>
        </label>
        <p className="review-controls__count" role="status" id={id}>
          {t("shown", { shown: rows.length, total: review.projects.length })}
        </p>
      </div>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        caption={t("matrixCaption")}
        empty={t("noneShown")}
        cards
        compact
        className="review-matrix"
        scrollClassName="review-matrix__scroll"
        rowProps={(row) => ({ "data-project": row.id, "data-light": row.light ?? "none" })}
      />
    </>
  );
}
