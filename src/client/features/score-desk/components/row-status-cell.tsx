import { useMessages } from "../../../i18n/messages";
import type { RowStatus } from "../../../lib/entry-grid/grid-state";
import { deskMessages } from "../messages";
import type { GridRow } from "./grid-row";

/** What happened to a row: this desk's last save, else (blind double entry) the server's state. */
export function RowStatusCell(props: {
  row: GridRow;
  status?: RowStatus;
  onReload: (key: string) => void;
  /** The row's edits would replace a sheet that was already submitted. */
  overwrite?: boolean;
}) {
  const t = useMessages(deskMessages);
  const st = props.status;
  if (st?.kind === "saved")
    return <span className="row-status row-status--ok">✓ {t("rowSaved")}</span>;
  if (st?.kind === "saving") return <span className="row-status">… {t("rowSaving")}</span>;
  if (st?.kind === "error")
    return (
      <span className="row-status row-status--error">
        ✕ {t("rowError", { message: st.message })}
      </span>
    );
  if (st?.kind === "stale")
    return (
      <span className="row-status row-status--error">
        ⚠ {t("rowStale")}{" "}
        <button
          type="button"
          className="button button--small"
          onClick={() => props.onReload(props.row.key)}
        >
          {t("reloadRow")}
        </button>
      </span>
    );
  if (!st && props.overwrite)
    return <span className="row-status row-status--review">⚠ {t("rowOverwrite")}</span>;
  return <DoubleRowStatus row={props.row} status={st} />;
}

/**
 * A row's blind-double-entry state in words with a symbol (never colour alone): what this desk's
 * last keying gave, else what the server holds.
 */
function DoubleRowStatus(props: { row: GridRow; status?: RowStatus }) {
  const { row } = props;
  let { status } = props;
  const t = useMessages(deskMessages);
  // After this desk's first pass, someone else's second pass (live) decides what the row is now.
  const settled = row.double?.state === "stored" || row.double?.state === "review";
  if (status?.kind === "first" && settled) status = undefined;
  if (status?.kind === "first") return <span className="row-status">◔ {t("de_first")}</span>;
  if (status?.kind === "matched")
    return <span className="row-status row-status--ok">✓ {t("de_matched")}</span>;
  if (status?.kind === "mismatch")
    return <span className="row-status row-status--review">≠ {t("de_mismatch")}</span>;
  if (status) return null;
  switch (row.double?.state) {
    case "stored":
      return <span className="row-status row-status--ok">✓ {t("de_stored")}</span>;
    case "mine":
      return <span className="row-status">◔ {t("de_mine")}</span>;
    case "waiting":
      return <span className="row-status">◔ {t("de_waiting", { by: row.double.by ?? "" })}</span>;
    case "review":
      return <span className="row-status row-status--review">≠ {t("de_mismatch")}</span>;
    default:
      return null;
  }
}
