import ExcelJS from "exceljs";
import type { Cell } from "../../domain/formula-safety";
import { type Lang, localized } from "../../domain/i18n";
import { pairKey } from "../../domain/pair-key";
import type { ProjectRecord } from "../../domain/project";
import { recusalCheck, recusalsOf } from "../../domain/recusal";
import type { Evaluator, InspectionEvent } from "../../domain/scoring-schemas";
import { illustrativeMessages } from "../../domain/shared-messages";
import type { StoredSheet } from "../store/sheet-row";
import { criterionHeader, pairCells, pairHeader } from "./sheet-columns";
import { addTableSheet } from "./table-file";
import { chinaTime, word } from "./transfer-messages";

type TemplateInput = {
  event: InspectionEvent;
  projects: ProjectRecord[];
  evaluators: Evaluator[];
  sheets: StoredSheet[];
  illustrative: boolean;
  lang: Lang;
  now: Date;
};

/**
 * One row per evaluator × project of the event (recused pairs left out), one evaluator's paper
 * sheet after another, with what is already stored filled in so a corrected file can go back in.
 */
export async function templateWorkbook(input: TemplateInput): Promise<Buffer> {
  const { event, lang } = input;
  const groupIds = new Set(event.groups.map((g) => g.id));
  const groups = new Map(event.groups.map((g) => [g.id, g]));
  const evaluators = input.evaluators.filter((e) => groupIds.has(e.groupId));
  const projects = new Map(input.projects.map((p) => [p.id, p]));
  const recused = recusalCheck(recusalsOf(event, input.evaluators, input.projects));
  const stored = new Map(input.sheets.map((s) => [pairKey(s), s]));
  const voteName = new Map(event.voteOptions.map((v) => [v.id, localized(v, "name", lang)]));

  const rows: Cell[][] = [];
  for (const e of evaluators)
    for (const projectId of event.projectIds) {
      const p = projects.get(projectId);
      if (!p || recused(e.id, projectId)) continue;
      const s = stored.get(pairKey({ evaluatorId: e.id, projectId }));
      const g = groups.get(e.groupId);
      rows.push([
        ...pairCells(
          { evaluatorId: e.id, projectId },
          { evaluator: e, group: g, project: p },
          lang,
        ),
        ...event.scheme.criteria.map((c) => s?.scores[c.id] ?? null),
        s?.vote ? (voteName.get(s.vote) ?? "") : null,
        s?.comment ?? null,
      ]);
    }

  const title = word("templateTitle", lang);
  const workbook = new ExcelJS.Workbook();
  const criteria = event.scheme.criteria;
  const { sheet, headerRow } = addTableSheet(workbook, {
    sheetName: title,
    preamble: [
      `${localized(event, "name", lang)} · ${title}`,
      `${word("date", lang)}: ${event.date}`,
      `${word("asOf", lang)}: ${chinaTime(input.now)} ${word("chinaTimeNote", lang)}`,
      `${word("scheme", lang)}: ${localized(event.scheme, "name", lang)}`,
      ...(input.illustrative ? [illustrativeMessages[lang].fileNote] : []),
      word("templateHint", lang),
    ],
    header: [
      ...pairHeader(lang),
      ...criteria.map((c) => criterionHeader(c, lang)),
      word("vote", lang),
      word("comment", lang),
    ],
    rows,
    widths: [11, 11, 14, 26, 40, ...criteria.map(() => 14), 12, 30],
  });

  // Excel then refuses an out-of-range score or an unknown vote word as it is typed.
  const votes = event.voteOptions.map((v) => localized(v, "name", lang)).join(",");
  for (let r = headerRow + 1; r <= headerRow + rows.length; r++) {
    const row = sheet.getRow(r);
    criteria.forEach((c, i) => {
      row.getCell(6 + i).dataValidation = {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [0, c.max],
        showErrorMessage: true,
        errorTitle: word("scoreOutOfRange", lang),
        error: word("scoreRange", lang, { name: localized(c, "name", lang), max: c.max }),
      };
    });
    row.getCell(6 + criteria.length).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${votes}"`],
      showErrorMessage: true,
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
