import { halfWidth } from "./sheet-input";

/** Days from Excel's day 0 (1899-12-30, counting its phantom 1900-02-29) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;
const pad = (n: number) => String(n).padStart(2, "0");

function isoOf(year: number, month: number, day: number): string | "not_a_date" {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return "not_a_date";
  if (year < 1990 || year > 2100) return "not_a_date";
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as a project list gives it: an Excel date (a serial number, or the ISO time the reader
 * makes of a date cell), or text — 2023-03-01, 2023/3/1, 2023.3.1, 2023年3月1日, and a month alone
 * (2023年3月, 2023.3, 2023-03), which is read as its first day.
 */
export function readTypedDate(
  raw: string | number | null | undefined,
): string | "blank" | "not_a_date" {
  if (raw == null) return "blank";
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 1) return "not_a_date";
    const date = new Date(Math.round((raw - EXCEL_EPOCH_DAYS) * 86_400_000));
    return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const text = halfWidth(raw).trim().replace(/\s+/g, "");
  if (text === "") return "blank";
  // A date cell read from a workbook: midnight UTC of that day.
  const cell = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(\.000)?Z$/.exec(text);
  if (cell) return isoOf(Number(cell[1]), Number(cell[2]), Number(cell[3]));
  const parts = /^(\d{4})(?:[-/.年])(\d{1,2})(?:(?:[-/.月])(\d{1,2})日?|月)?$/.exec(text);
  if (!parts) return "not_a_date";
  return isoOf(Number(parts[1]), Number(parts[2]), parts[3] ? Number(parts[3]) : 1);
}
