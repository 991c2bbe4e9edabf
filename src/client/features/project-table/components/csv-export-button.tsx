import type { Table } from "@tanstack/react-table";
import { useState } from "react";
import type { Lang } from "../../../../domain/i18n";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { projectTableMessages } from "../messages";
import { buildCsvRows } from "../utils/build-csv-rows";
import { downloadCsv } from "../utils/download-csv";
import type { ProjectRow } from "../utils/project-row";
import type { ColumnId } from "../utils/table-columns";

/** Exports exactly what the table shows: its visible columns and its filtered, sorted rows. */
export function CsvExportButton({
  table,
  lang,
  asOf,
}: {
  table: Table<ProjectRow>;
  lang: Lang;
  asOf: string;
}) {
  const t = useMessages(projectTableMessages);
  const [busy, setBusy] = useState(false);
  const categories = useCategoryBook();
  const exportCsv = async () => {
    setBusy(true);
    try {
      const rows = table.getRowModel().rows.map((row) => row.original);
      const columns = table.getVisibleLeafColumns().map((column) => column.id as ColumnId);
      await downloadCsv(
        buildCsvRows(rows, columns, lang, categories.list),
        `${t("csvFileName")}_${asOf}.csv`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="button button--small"
      onClick={exportCsv}
      disabled={busy || !table.getRowModel().rows.length}
    >
      <span aria-hidden="true">⇩</span>
      {busy ? t("exporting") : t("exportCsv")}
    </button>
  );
}
