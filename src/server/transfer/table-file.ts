import ExcelJS from "exceljs";
import type { Context } from "hono";
import { type Cell, safeCell } from "../../domain/formula-safety";

/** One table as it goes into a file: a few lines about the data, then a header and rows. */
export type TableFile = {
  sheetName: string;
  preamble: string[];
  header: string[];
  rows: Cell[][];
  /** Widths (in characters) of the columns, for the workbook only. */
  widths?: number[];
};

const quote = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** UTF-8 with a BOM, so Excel opens the Chinese text correctly; CRLF line ends as RFC 4180 says. */
export function toCsv(table: TableFile): string {
  const lines = [...table.preamble.map((line) => [line]), [], table.header, ...table.rows].map(
    (row) => row.map((cell) => quote(safeCell(cell))).join(","),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Adds one table to a workbook: preamble lines in bold at the top, the header row frozen. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: TableFile) {
  const sheet = workbook.addWorksheet(table.sheetName);
  for (const line of table.preamble) sheet.addRow([safeCell(line)]).font = { bold: true };
  sheet.addRow([]);
  const header = sheet.addRow(table.header.map(safeCell));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF5" } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  for (const row of table.rows) sheet.addRow(row.map(safeCell));
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  table.header.forEach((_, i) => {
    sheet.getColumn(i + 1).width = table.widths?.[i] ?? 14;
  });
  return { sheet, headerRow: header.number };
}

export async function toXlsx(tables: TableFile[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const table of tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** attachment; an ASCII fallback name, and the real (Chinese) one per RFC 5987 / RFC 6266. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]+/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const mimeTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** How the API document describes a file answer. */
export const fileAnswer = (type: keyof typeof mimeTypes, description: string) => ({
  description,
  media: { [mimeTypes[type]]: "binary" },
});

/** A file to save, under a name that keeps its Chinese characters. */
export function download(
  c: Context,
  body: string | Buffer,
  type: keyof typeof mimeTypes,
  name: string,
) {
  return c.body(typeof body === "string" ? body : new Uint8Array(body), 200, {
    "Content-Type": mimeTypes[type],
    "Content-Disposition": contentDisposition(`${name}.${type}`),
    "Cache-Control": "no-store",
  });
}
