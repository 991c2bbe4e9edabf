import { useMemo } from "react";
import { pairKey } from "../../../../domain/pair-key";
import { recusalCheck, recusalsOf } from "../../../../domain/recusal";
import type { Evaluator, InspectionEvent } from "../../../../domain/scoring-schemas";
import { allQueries } from "../../../api/all-queries";
import { useEvent, useSheets } from "../../../api/events";
import { useProjects } from "../../../api/projects";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import type { StoredSheet } from "../utils/desk-row";

export type DeskProject = { id: string; label: string };
export type DeskEvaluator = Evaluator & { display: string; groupName: string };
export type DeskData = {
  event: InspectionEvent;
  projects: DeskProject[];
  evaluators: DeskEvaluator[];
  sheets: Map<string, StoredSheet>;
  recused: (evaluatorId: string, projectId: string) => boolean;
};

/** The event, its projects in inspection order, its evaluators and its sheets, joined once. */
export function useDeskData(eventId: string) {
  const lang = useLang();
  const event = useEvent(eventId);
  const sheets = useSheets(eventId);
  const projects = useProjects();
  const queries = [event, sheets, projects];
  const data = useMemo((): DeskData | undefined => {
    if (!event.data || !sheets.data || !projects.data) return undefined;
    const ev = event.data.event as InspectionEvent;
    const byId = new Map(projects.data.projects.map((p) => [p.id, p]));
    const deskProjects = ev.projectIds.map((id) => {
      const p = byId.get(id);
      return { id, label: p ? localized(p, "name", lang) : id };
    });
    const groups = new Map(ev.groups.map((g) => [g.id, localized(g, "name", lang)]));
    const evaluators = (event.data.evaluators as Evaluator[])
      .filter((e) => groups.has(e.groupId))
      .map((e) => ({
        ...e,
        display: localized(e, "label", lang),
        groupName: groups.get(e.groupId) ?? e.groupId,
      }));
    const recusals = recusalsOf(
      ev,
      evaluators,
      ev.projectIds.map((id) => ({ id, responsibleUnit: byId.get(id)?.responsibleUnit })),
    );
    const map = new Map<string, StoredSheet>();
    for (const s of sheets.data.sheets) map.set(pairKey(s), s);
    return {
      event: ev,
      projects: deskProjects,
      evaluators,
      sheets: map,
      recused: recusalCheck(recusals),
    };
  }, [event.data, sheets.data, projects.data, lang]);
  return { data, query: allQueries(queries) };
}
