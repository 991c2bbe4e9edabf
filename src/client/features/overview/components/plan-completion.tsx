import { Link } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { barShare } from "../../../../domain/bar-scale";
import { formatPercent } from "../../../../domain/formats";
import { completionByGroup, PER_PROJECT_MAX } from "../../../../domain/list-size";
import { lightGlyph } from "../../../../domain/status-rules";
import { ChartFigure } from "../../../components/chart-figure";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { overviewMessages } from "../messages";
import { projectTableLink } from "./table-link";

type Props = {
  projects: ProjectSummary[];
  timeElapsedPct: number;
  linkSearch: string;
};

/**
 * Each project's share of this year's plan done, against the share of the year elapsed (序时进度).
 * A city's list draws one bar per street or town instead, each leading to its projects.
 */
export function PlanCompletion(props: Props) {
  return props.projects.length > PER_PROJECT_MAX ? (
    <PlanCompletionByStreet {...props} />
  ) : (
    <PlanCompletionPerProject {...props} />
  );
}

// Scale to the larger of the best bar and twice the elapsed share, so the marker sits inside.
const scaleMax = (timeElapsedPct: number, values: number[]) =>
  Math.max(timeElapsedPct * 2, ...values);

function PlanCompletionPerProject({ projects, timeElapsedPct, linkSearch }: Props) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const rows = [...projects].sort(
    (a, b) => a.statusExplanation.ytdCompletionPct - b.statusExplanation.ytdCompletionPct,
  );
  const max = scaleMax(
    timeElapsedPct,
    rows.map((p) => p.statusExplanation.ytdCompletionPct),
  );
  const at = (v: number) => `${barShare(v, max)}%`;
  const elapsed = formatPercent(timeElapsedPct, lang);
  return (
    <ChartFigure
      caption={t("planCaption", { elapsed })}
      columns={[t("projectCol"), t("completionCol")]}
      rows={rows.map((p) => [
        localized(p, "name", lang),
        formatPercent(p.statusExplanation.ytdCompletionPct, lang),
      ])}
    >
      <ol className="plan-bars" style={{ "--elapsed": at(timeElapsedPct) } as React.CSSProperties}>
        {rows.map((p) => (
          <li key={p.id} className={`plan-bars__row plan-bars__row--${p.status}`}>
            <Link href={`/projects/${p.id}${linkSearch}`} className="plan-bars__name">
              {localized(p, "name", lang)}
            </Link>
            <span className="plan-bars__track" aria-hidden="true">
              <span
                className="plan-bars__fill"
                style={{ width: at(p.statusExplanation.ytdCompletionPct) }}
              />
              <span className="plan-bars__marker" />
            </span>
            <span className="plan-bars__value">
              <span aria-hidden="true">{lightGlyph[p.status]} </span>
              {formatPercent(p.statusExplanation.ytdCompletionPct, lang)}
            </span>
          </li>
        ))}
      </ol>
      <ElapsedLegend elapsed={elapsed} />
    </ChartFigure>
  );
}

function PlanCompletionByStreet({ projects, timeElapsedPct, linkSearch }: Props) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const groups = completionByGroup(projects, (p) => p.street);
  const max = scaleMax(
    timeElapsedPct,
    groups.map((g) => g.meanPct),
  );
  const at = (v: number) => `${barShare(v, max)}%`;
  const elapsed = formatPercent(timeElapsedPct, lang);
  return (
    <ChartFigure
      caption={t("planByStreetCaption", { elapsed })}
      columns={[t("streetCol"), t("countCol"), t("completionCol"), t("lightsCol")]}
      rows={groups.map((g) => [
        localized(g.sample, "street", lang),
        g.count,
        formatPercent(g.meanPct, lang),
        `${g.red} / ${g.yellow}`,
      ])}
    >
      <ol className="plan-bars" style={{ "--elapsed": at(timeElapsedPct) } as React.CSSProperties}>
        {groups.map((g) => (
          <li key={g.key} className="plan-bars__row plan-bars__row--group">
            <span className="plan-bars__name">
              <Link
                href={projectTableLink(linkSearch, {
                  street: g.key,
                  sort: "planCompletion:asc",
                })}
              >
                {localized(g.sample, "street", lang)}
              </Link>
              <span className="plan-bars__detail">
                {t("planGroupDetail", { n: g.count, red: g.red, yellow: g.yellow })}
              </span>
            </span>
            <span className="plan-bars__track" aria-hidden="true">
              <span className="plan-bars__fill" style={{ width: at(g.meanPct) }} />
              <span className="plan-bars__marker" />
            </span>
            <span className="plan-bars__value">{formatPercent(g.meanPct, lang)}</span>
          </li>
        ))}
      </ol>
      <ElapsedLegend elapsed={elapsed} />
      <p className="plan-bars__all">
        <Link href={projectTableLink(linkSearch, { sort: "planCompletion:asc" })}>
          {t("planAll", { n: projects.length })}
        </Link>
      </p>
    </ChartFigure>
  );
}

function ElapsedLegend({ elapsed }: { elapsed: string }) {
  const t = useMessages(overviewMessages);
  return (
    <p className="plan-bars__legend">
      <span className="plan-bars__legend-marker" aria-hidden="true" />{" "}
      {t("elapsedMarker", { elapsed })}
    </p>
  );
}
