import { Fragment, useMemo, useState } from "react";
import { pairKey } from "../../../../domain/pair-key";
import { Card } from "../../../components/card";
import { useMessages } from "../../../i18n/messages";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";
import type { GridTarget } from "./desk-grid";

type Cell = "submitted" | "missing" | "recused";
const shape: Record<Cell, string> = { submitted: "✓", missing: "○", recused: "—" };

/** Evaluators × projects: who has handed in what. A cell opens that sheet in the grid. */
export function CompletenessMatrix({
  data,
  onOpen,
}: {
  data: DeskData;
  /** Opens a sheet in the grid; absent where nobody may edit (a leader reads the matrix only). */
  onOpen?: (target: GridTarget) => void;
}) {
  const t = useMessages(deskMessages);
  const [onlyMissing, setOnlyMissing] = useState(false);
  const word: Record<Cell, string> = {
    submitted: t("legendSubmitted"),
    missing: t("legendMissing"),
    recused: t("legendRecused"),
  };
  const rows = useMemo(
    () =>
      data.evaluators.map((e) => {
        const cells = data.projects.map(
          (p): Cell =>
            data.recused(e.id, p.id)
              ? "recused"
              : data.sheets.has(pairKey({ evaluatorId: e.id, projectId: p.id }))
                ? "submitted"
                : "missing",
        );
        const done = cells.filter((c) => c === "submitted").length;
        const expected = cells.filter((c) => c !== "recused").length;
        return { evaluator: e, cells, done, expected };
      }),
    [data],
  );
  const shown = onlyMissing ? rows.filter((r) => r.done < r.expected) : rows;
  const columnDone = data.projects.map(
    (_, j) => rows.filter((r) => r.cells[j] === "submitted").length,
  );
  const columnExpected = data.projects.map(
    (_, j) => rows.filter((r) => r.cells[j] !== "recused").length,
  );
  const open = (evaluatorId: string, projectId: string) =>
    onOpen?.({ mode: "evaluator", evaluatorId, projectId, focus: Date.now() });

  return (
    <Card
      titleId="matrix-title"
      title={t("matrixTitle")}
      aside={
        <>
          <label className="desk-check">
            <input
              type="checkbox"
              checked={onlyMissing}
              onChange={(e) => setOnlyMissing(e.target.checked)}
            />
            {t("onlyMissing")}
          </label>
          <ul className="matrix-legend">
            {(Object.keys(shape) as Cell[]).map((c) => (
              <li key={c}>
                <span className={`matrix-cell matrix-cell--${c}`} aria-hidden="true">
                  {shape[c]}
                </span>
                {word[c]}
              </li>
            ))}
          </ul>
        </>
      }
    >
      {shown.length === 0 ? (
        <p>{t("allDone")}</p>
      ) : (
        <div className="table-scroll matrix-scroll">
          <table className="matrix">
            <thead>
              <tr>
                <th scope="col" className="matrix__head">
                  {t("evaluator")}
                </th>
                <th scope="col" className="matrix__head">
                  {t("rowCount")}
                </th>
                {data.projects.map((p, j) => (
                  <th
                    key={p.id}
                    scope="col"
                    className="matrix__head matrix__project"
                    title={p.label}
                  >
                    <span aria-hidden="true">{j + 1}</span>
                    <span className="visually-hidden">{p.label}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <Fragment key={r.evaluator.id}>
                  {shown[i - 1]?.evaluator.groupId !== r.evaluator.groupId && (
                    <tr className="matrix__group">
                      <th
                        scope="colgroup"
                        className="matrix__grouphead"
                        colSpan={data.projects.length + 2}
                      >
                        {r.evaluator.groupName}
                      </th>
                    </tr>
                  )}
                  <tr>
                    <th scope="row" className="matrix__rowhead">
                      {onOpen ? (
                        <button
                          type="button"
                          className="matrix__open"
                          aria-label={t("openSheet", { label: r.evaluator.display })}
                          onClick={() => open(r.evaluator.id, data.projects[0]?.id ?? "")}
                        >
                          {r.evaluator.display}
                        </button>
                      ) : (
                        r.evaluator.display
                      )}
                    </th>
                    <td className="num">
                      {r.done}/{r.expected}
                    </td>
                    {r.cells.map((c, j) => {
                      const project = data.projects[j];
                      if (!project) return null;
                      return (
                        // Mouse shortcut; keyboard users open the sheet from the row header.
                        // biome-ignore lint/a11y/useKeyWithClickEvents: the row header button is the keyboard path
                        <td
                          key={project.id}
                          className={`matrix-cell matrix-cell--${c}`}
                          title={`${r.evaluator.display} · ${project.label}: ${word[c]}`}
                          onClick={onOpen ? () => open(r.evaluator.id, project.id) : undefined}
                        >
                          <span aria-hidden="true">{shape[c]}</span>
                          <span className="visually-hidden">{word[c]}</span>
                        </td>
                      );
                    })}
                  </tr>
                </Fragment>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t("columnTotal")}
                </th>
                {data.projects.map((p, j) => (
                  <td key={p.id} className="num matrix__foot">
                    {columnDone[j]}/{columnExpected[j]}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <ol className="matrix-key">
        {data.projects.map((p) => (
          <li key={p.id}>{p.label}</li>
        ))}
      </ol>
    </Card>
  );
}
