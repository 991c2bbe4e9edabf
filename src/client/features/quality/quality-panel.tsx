import { useProjects } from "../../api/projects";
import { AsyncState } from "../../components/async-state";
import { Card } from "../../components/card";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { useQuality } from "./api/get-quality";
import { CloseRanks } from "./components/close-ranks";
import { EvaluatorDeviation } from "./components/evaluator-deviation";
import { MethodComparison } from "./components/method-comparison";
import type { QualityNames } from "./components/quality-names";
import { UniformSheets } from "./components/uniform-sheets";
import { qualityMessages } from "./messages";
import "./quality.css";
import { IllustrativeTag } from "../../components/illustrative-tag";

/**
 * An event's scoring quality: the ranking under three methods and the signals that deserve a second
 * look, each with how it was measured. Refreshes live: its query key sits under the event's.
 */
export function QualityPanel({ eventId }: { eventId: string }) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const quality = useQuality(eventId);
  const projects = useProjects();
  return (
    <Card
      className="quality"
      titleId="quality-title"
      title={t("title")}
      aside={<IllustrativeTag />}
    >
      <p className="quality-measure">{t("intro")}</p>
      <AsyncState query={quality}>
        {() => {
          const data = quality.data;
          if (!data) return null;
          const projectNames = new Map(
            (projects.data?.projects ?? []).map((p) => [p.id, localized(p, "name", lang)]),
          );
          const evaluators = new Map(
            data.evaluators.map((e) => [e.id, localized(e, "label", lang)]),
          );
          const groups = new Map(data.groups.map((g) => [g.id, localized(g, "name", lang)]));
          const names: QualityNames = {
            project: (id) => projectNames.get(id) ?? id,
            evaluator: (id) => evaluators.get(id) ?? id,
            group: (id) => groups.get(id) ?? id,
          };
          return (
            <div className="quality-body">
              <MethodComparison
                rankings={data.rankings}
                names={names}
                trimMinSheets={data.trimMinSheets}
              />
              <EvaluatorDeviation signals={data.signals} names={names} />
              <UniformSheets signals={data.signals} names={names} />
              <CloseRanks signals={data.signals} names={names} />
            </div>
          );
        }}
      </AsyncState>
    </Card>
  );
}
