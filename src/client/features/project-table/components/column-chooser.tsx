import { useEffect, useId, useRef, useState } from "react";
import { useMessages } from "../../../i18n/messages";
import { useDashboardSearch } from "../../../lib/dashboard-search";
import { projectTableMessages } from "../messages";
import {
  type ColumnId,
  choosableColumnIds,
  colsParam,
  visibleColumnIds,
} from "../utils/table-columns";

/** A "显示列" disclosure: one checkbox per column except the name; the choice lives in `cols`. */
export function ColumnChooser({ labels }: { labels: Record<ColumnId, string> }) {
  const t = useMessages(projectTableMessages);
  const { search, update } = useDashboardSearch();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const visible = visibleColumnIds(search.cols);

  // Close on Escape (focus back to the button) or on a click outside, like any disclosure menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const toggle = (id: ColumnId, checked: boolean) => {
    const next = checked ? [...visible, id] : visible.filter((v) => v !== id);
    update({ cols: colsParam(next) });
  };

  return (
    <div className="pt-columns" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {t("columns")}
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id={panelId} className="pt-columns__panel" hidden={!open}>
        <fieldset>
          <legend className="visually-hidden">{t("columnsLegend")}</legend>
          {choosableColumnIds.map((id) => (
            <label key={id} className="pt-columns__option">
              <input
                type="checkbox"
                checked={visible.includes(id)}
                onChange={(e) => toggle(id, e.target.checked)}
              />
              {labels[id]}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={!search.cols}
          onClick={() => update({ cols: undefined })}
        >
          {t("resetColumns")}
        </button>
      </div>
    </div>
  );
}
