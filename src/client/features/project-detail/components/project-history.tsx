import { useProjectHistory } from "../../../api/project-admin";
import { useRole } from "../../../api/session";
import { Card } from "../../../components/card";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

const actionWord = {
  "project.create": "historyCreate",
  "project.update": "historyUpdate",
  "project.archive": "historyArchive",
  "project.restore": "historyRestore",
  "project.year-plan": "historyYearPlan",
  "milestone.add": "historyMilestoneAdd",
  "milestone.update": "historyMilestoneUpdate",
  "milestone.replan": "historyMilestoneUpdate",
  "milestone.remove": "historyMilestoneRemove",
} as const;

const show = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);

/** The fields one change moved, each as before → after (location and geometry included). */
function changes(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k}: ${show(b[k])} → ${show(a[k])}`);
}

type PlanSide = { year?: number; planInvestment?: number | null } | null;
type MilestoneSide = { name?: string; plannedDate?: string } | null;

/** 2024: — → 8.5 */
function yearPlanChange(before: unknown, after: unknown): string {
  const b = before as PlanSide;
  const a = after as PlanSide;
  return `${a?.year ?? b?.year ?? ""}: ${b?.planInvestment ?? "—"} → ${a?.planInvestment ?? "—"}`;
}

/** A milestone as name and planned date, before → after (nothing on the side it did not exist). */
function milestoneChange(before: unknown, after: unknown): string {
  const side = (m: unknown) => {
    const s = m as MilestoneSide;
    return s ? `${s.name ?? ""} ${s.plannedDate ?? ""}`.trim() : "—";
  };
  return `${side(before)} → ${side(after)}`;
}

/** 修改记录 on a project's page, for the people who may change or oversee it. */
export function ProjectHistory({ id }: { id: string }) {
  const t = useMessages(detailMessages);
  const role = useRole();
  const allowed = role === "staff" || role === "admin" || role === "leader";
  const history = useProjectHistory(id, allowed);
  if (!allowed || !history.data) return null;
  const records = history.data.records;
  return (
    <Card titleId="detail-history-title" title={t("historyTitle")}>
      {records.length === 0 ? (
        <p>{t("historyEmpty")}</p>
      ) : (
        <div className="detail-history">
          <table className="data-table">
            <caption className="visually-hidden">{t("historyCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("historyAt")}</th>
                <th scope="col">{t("historyActor")}</th>
                <th scope="col">{t("historyAction")}</th>
                <th scope="col">{t("historyChanges")}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => {
                const word = actionWord[r.action as keyof typeof actionWord];
                return (
                  <tr key={r.id}>
                    <td>{r.at.slice(0, 16).replace("T", " ")}</td>
                    <td>{r.actor}</td>
                    <td>{word ? t(word) : r.action}</td>
                    <td>
                      {r.action === "project.year-plan" && (
                        <p>{yearPlanChange(r.before, r.after)}</p>
                      )}
                      {r.action.startsWith("milestone.") && (
                        <p>{milestoneChange(r.before, r.after)}</p>
                      )}
                      {r.action === "project.update" && (
                        <ul className="detail-history__changes">
                          {changes(r.before, r.after).map((c) => (
                            <li key={c}>{c}</li>
                          ))}
                        </ul>
                      )}
                      {r.reason && (
                        <p className="detail-history__reason">
                          {t("historyReason", { reason: r.reason })}
                        </p>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
