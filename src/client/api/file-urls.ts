/**
 * Addresses of the files the server builds (exceljs stays out of the browser). The exports are
 * registered one route per file, which the typed client cannot name, so their URLs are made here,
 * in one place beside the client, rather than in the screens that link to them.
 */
export type ExportFile = `${"results" | "sheets"}.${"xlsx" | "csv"}`;

const eventPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
};

/** An export of the event's results or raw sheets, honouring the dashboard's filters. */
export const exportFileUrl = (
  eventId: string,
  file: ExportFile,
  params: { cat?: string; street?: string; q?: string; lang: string },
) => withQuery(`${eventPath(eventId)}/${file}`, params);

/** The entry template with every evaluator × project row (and what is stored filled in). */
export const templateFileUrl = (eventId: string, lang: string) =>
  withQuery(`${eventPath(eventId)}/template.xlsx`, { lang });

/** A bulletin (通报) as a Word document: an inspection's, or a dispatch round's. */
export const bulletinFileUrl = (
  source: { kind: "event"; eventId: string } | { kind: "dispatch"; period: string },
  lang: string,
) =>
  withQuery(
    source.kind === "event"
      ? `${eventPath(source.eventId)}/bulletin.docx`
      : `/api/dispatch/${encodeURIComponent(source.period)}/bulletin.docx`,
    { lang },
  );

/** A reporting round's 旬报 sheet for the responsible units to fill. */
export const roundTemplateFileUrl = (period: string, lang: string) =>
  withQuery(`/api/rounds/${encodeURIComponent(period)}/template.xlsx`, { lang });

/** The year's key-project list template (项目名称, 类别, … 所在街道). */
export const projectListTemplateUrl = (year: number, lang: string) =>
  withQuery("/api/projects/import-template.xlsx", { year: String(year), lang });
