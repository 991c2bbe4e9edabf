import ExcelJS from "exceljs";
import Papa from "papaparse";

export type UploadCell = string | number | null;
/** A row of the uploaded file with its number as the spreadsheet program shows it (1-based). */
export type UploadRow = { row: number; cells: UploadCell[] };

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

/** The first worksheet's rows; empty rows are absent, as in the file. */
export async function readXlsx(data: ArrayBuffer): Promise<UploadRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
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
export function readCsv(text: string): UploadRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  return parsed.data.map((cells, i) => ({ row: i + 1, cells }));
}

/** True when the bytes start like a zip archive, which every .xlsx is. */
export const looksLikeXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
