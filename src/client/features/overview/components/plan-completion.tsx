import { Link } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { barShare } from "../../../../domain/bar-scale";
import { formatPercent } from "../../../../domain/formats";
import { lightGlyph } from "../../../../domain/status-rules";
import { ChartFigure } from "../../../components/chart-figure";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { overviewMessages } from "../messages";

/** Each project's share of this year's plan done, against the share of the year elapsed (序时进度). */
export function PlanCompletion({
  projects,
  timeElapsedPct,
  linkSearch,
}: {
  projects: ProjectSummary[];
  timeElapsedPct: number;
  linkSearch: string;
}) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const rows = [...projects].sort(
    (a, b) => a.statusExplanation.ytdCompletionPct - b.statusExplanation.ytdCompletionPct,
  );
  // Scale to the larger of the best project and twice the elapsed share, so the marker sits inside.
  const max = Math.max(
    timeElapsedPct * 2,
    ...rows.map((p) => p.statusExplanation.ytdCompletionPct),
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
      <p className="plan-bars__legend">
        <span className="plan-bars__legend-marker" aria-hidden="true" />{" "}
        {t("elapsedMarker", { elapsed })}
      </p>
    </ChartFigure>
  );
}
