import type { CsvCell } from "./build-csv-rows";

/**
 * Saves rows as a CSV file. papaparse is loaded only when someone exports, so it stays out of the
 * first chunk. The BOM makes Excel read the file as UTF-8 (otherwise Chinese comes out garbled).
 */
export async function downloadCsv(rows: CsvCell[][], fileName: string): Promise<void> {
  const papa = (await import("papaparse")) as typeof import("papaparse") & {
    default?: typeof import("papaparse");
  };
  // papaparse is CommonJS: depending on the bundler's interop its functions sit on `default`.
  const unparse = papa.unparse ?? papa.default?.unparse;
  const csv = unparse(rows, { newline: "\r\n" });
  const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
