import ExcelJS from "exceljs";
import Papa from "papaparse";
import { restoreNeutralised } from "../../domain/formula-safety";
import { halfWidth } from "../../domain/sheet-input";
import { checkXlsxArchive, looksLikeOle, UploadProblem, uploadLimits } from "./upload-limits";

export type UploadCell = string | number | null;
/** A row of the uploaded file with its number as the spreadsheet program shows it (1-based). */
export type UploadRow = { row: number; cells: UploadCell[] };

/** Cell text as a person reads it: our own exports' apostrophe off, full-width spaces folded. */
export const cellText = (cell: UploadCell | undefined) =>
  cell == null ? "" : restoreNeutralised(String(cell)).trim();

/** A column name or a word as a sheet's reader compares it: case, spaces, full-width forms folded. */
export const foldHeader = (s: string) =>
  halfWidth(s)
    .toLowerCase()
    .replace(/[\s_]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")");

/** What a cell holds, as text or number: formulas give their result, rich text its plain text. */
function cellValue(value: ExcelJS.CellValue): UploadCell {
  if (value == null) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
  }
  return null;
}

/**
 * The first worksheet's rows; empty rows are absent, as in the file. The archive is checked against
 * the caps first; whatever the spreadsheet library then trips on is reported as a damaged file,
 * never in the library's own words.
 */
export async function readXlsx(bytes: Uint8Array): Promise<UploadRow[]> {
  checkXlsxArchive(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch {
    throw new UploadProblem("damaged");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: UploadRow[] = [];
  sheet.eachRow((row) => {
    const cells: UploadCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return rows;
}

/** CSV in UTF-8 (with or without a BOM), comma- or semicolon- or tab-separated. */
export function readCsv(text: string, maxRows = uploadLimits.maxRows): UploadRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    skipEmptyLines: false,
    preview: maxRows + 1,
  });
  if (parsed.data.length > maxRows) throw new UploadProblem("too_many_rows");
  return parsed.data.map((cells, i) => ({ row: i + 1, cells }));
}

/**
 * Text of a CSV file: UTF-8, or else GB 18030, which is what Excel on a Chinese Windows saves
 * "CSV" in, so its headers are read rather than turned into replacement characters.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Rows of an uploaded .xlsx or .csv file; throws UploadProblem when it cannot be read. */
export async function readUpload(bytes: Uint8Array): Promise<UploadRow[]> {
  if (looksLikeOle(bytes)) throw new UploadProblem("old_or_protected");
  return looksLikeXlsx(bytes) ? readXlsx(bytes) : readCsv(decodeCsv(bytes));
}

/** True when the bytes start like a zip archive, which every .xlsx is. */
export const looksLikeXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
