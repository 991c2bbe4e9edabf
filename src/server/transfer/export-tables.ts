import { categoriesPresent } from "../../domain/category";
import type { Cell } from "../../domain/formula-safety";
import { type Lang, localized } from "../../domain/i18n";
import type { ProjectResult } from "../../domain/outcome-schemas";
import type { ProjectRecord } from "../../domain/project";
import { roundTo } from "../../domain/rounding";
import type { Evaluator, InspectionEvent } from "../../domain/scoring-schemas";
import {
  type CategoryName,
  categoryName,
  illustrativeMessages,
  joinClauses,
} from "../../domain/shared-messages";
import { sheetTotal } from "../../domain/sheet-total";
import type { StoredSheet } from "../store/sheet-row";
import { criterionHeader, pairCells, pairHeader } from "./sheet-columns";
import type { TableFile } from "./table-file";
import { chinaTime, word } from "./transfer-messages";

/** The dashboard's filters that exports honour (the same meaning as on screen). */
export type ExportFilters = { cat?: ProjectRecord["category"]; street?: string; q?: string };

export type ExportContext = {
  event: InspectionEvent;
  projects: ProjectRecord[];
  evaluators: Evaluator[];
  illustrative: boolean;
  lang: Lang;
  filters: ExportFilters;
  now: Date;
  /** The district's categories in their order, so an added one is named and placed. */
  categories?: readonly CategoryName[];
};

/** As on screen: the text also finds a project by its category's name in either language. */
export function matchesFilters(
  p: ProjectRecord,
  f: ExportFilters,
  categories: readonly CategoryName[] = [],
): boolean {
  const text = f.q?.trim().toLowerCase();
  return (
    (!f.cat || p.category === f.cat) &&
    (!f.street || p.street === f.street) &&
    (!text ||
      [
        p.name,
        p.nameEn,
        p.street,
        p.streetEn,
        p.developer,
        p.responsibleUnit,
        categoryName(p.category, "zh", categories),
        categoryName(p.category, "en", categories),
      ].some((field) => field.toLowerCase().includes(text)))
  );
}

function describeFilters(
  f: ExportFilters,
  lang: Lang,
  categories?: readonly CategoryName[],
): string {
  const parts = [
    f.cat && `${word("category", lang)}: ${categoryName(f.cat, lang, categories)}`,
    f.street && `${word("streetTown", lang)}: ${f.street}`,
    f.q && `${word("searchText", lang)}: ${f.q}`,
  ].filter(Boolean);
  return `${word("filters", lang)}: ${parts.length ? joinClauses(parts as string[], lang) : word("noFilter", lang)}`;
}

/** Event name and date, filters, "数据截至", and the illustrative note when it applies. */
export function preamble(ctx: ExportContext, title: string, withFilters = true): string[] {
  const { event, lang } = ctx;
  return [
    `${localized(event, "name", lang)} · ${title}`,
    `${word("date", lang)}: ${event.date}`,
    ...(withFilters ? [describeFilters(ctx.filters, lang, ctx.categories)] : []),
    `${word("asOf", lang)}: ${chinaTime(ctx.now)} ${word("chinaTimeNote", lang)}`,
    ...(ctx.illustrative ? [illustrativeMessages[lang].fileNote] : []),
  ];
}

/** Rankings per category (in the district's order of categories), in rank order. */
export function resultsTable(ctx: ExportContext, results: ProjectResult[]): TableFile {
  const { lang } = ctx;
  const byId = new Map(ctx.projects.map((p) => [p.id, p]));
  const votes = ctx.event.voteOptions;
  const order = categoriesPresent(
    results,
    ctx.categories?.map((c) => c.id),
  );
  const rows: Cell[][] = results
    .filter((r) => {
      const p = byId.get(r.projectId);
      return p ? matchesFilters(p, ctx.filters, ctx.categories) : false;
    })
    .sort(
      (a, b) =>
        order.indexOf(a.category) - order.indexOf(b.category) || (a.rank ?? 1e9) - (b.rank ?? 1e9),
    )
    .map((r) => {
      const p = byId.get(r.projectId) as ProjectRecord;
      return [
        categoryName(r.category, lang, ctx.categories),
        r.rank,
        localized(p, "name", lang),
        r.score,
        r.baseScore,
        r.satisfactionRate,
        r.satisfiedShare === null ? null : roundTo(r.satisfiedShare * 100, 2),
        r.satisfactionIndex,
        ...votes.map((v) => r.steps.votes[v.id]),
        r.sheetCount,
      ];
    });
  const header = [
    word("category", lang),
    word("rank", lang),
    word("project", lang),
    word("composite", lang),
    word("baseScore", lang),
    word("satisfactionRate", lang),
    word("satisfiedShare", lang),
    word("satisfactionIndex", lang),
    ...votes.map((v) => word("voteCount", lang, { vote: localized(v, "name", lang) })),
    word("sheetCount", lang),
  ];
  const title = word("resultsTitle", lang);
  return {
    sheetName: title,
    preamble: preamble(ctx, title),
    header,
    rows,
    widths: [12, 6, 40, 12, 12, 12, 12, 12, ...votes.map(() => 10), 12],
  };
}

/** Every stored sheet of the filtered projects, in inspection order, then evaluator order. */
export function sheetsTable(ctx: ExportContext, sheets: StoredSheet[]): TableFile {
  const { lang, event } = ctx;
  const projectOrder = new Map(event.projectIds.map((id, i) => [id, i]));
  const evaluatorOrder = new Map(ctx.evaluators.map((e, i) => [e.id, i]));
  const projects = new Map(ctx.projects.map((p) => [p.id, p]));
  const evaluators = new Map(ctx.evaluators.map((e) => [e.id, e]));
  const groups = new Map(event.groups.map((g) => [g.id, g]));
  const voteName = new Map(event.voteOptions.map((v) => [v.id, localized(v, "name", lang)]));
  const rows: Cell[][] = sheets
    .filter((s) => {
      const p = projects.get(s.projectId);
      return p ? matchesFilters(p, ctx.filters, ctx.categories) : false;
    })
    .sort(
      (a, b) =>
        (projectOrder.get(a.projectId) ?? 1e9) - (projectOrder.get(b.projectId) ?? 1e9) ||
        (evaluatorOrder.get(a.evaluatorId) ?? 1e9) - (evaluatorOrder.get(b.evaluatorId) ?? 1e9),
    )
    .map((s) => {
      const p = projects.get(s.projectId) as ProjectRecord;
      const e = evaluators.get(s.evaluatorId);
      const g = e && groups.get(e.groupId);
      return [
        ...pairCells(s, { evaluator: e, group: g, project: p }, lang),
        ...event.scheme.criteria.map((c) => s.scores[c.id] ?? null),
        sheetTotal(s, event.scheme).total,
        s.vote ? (voteName.get(s.vote) ?? s.vote) : "",
        s.comment ?? "",
        s.version,
        chinaTime(new Date(s.updatedAt)),
      ];
    });
  const title = word("sheetsTitle", lang);
  return {
    sheetName: title,
    preamble: preamble(ctx, title),
    header: [
      ...pairHeader(lang),
      ...event.scheme.criteria.map((c) => criterionHeader(c, lang)),
      word("total", lang),
      word("vote", lang),
      word("comment", lang),
      word("version", lang),
      word("updated", lang),
    ],
    rows,
    widths: [10, 10, 14, 24, 36, ...event.scheme.criteria.map(() => 12), 8, 10, 30, 6, 17],
  };
}
