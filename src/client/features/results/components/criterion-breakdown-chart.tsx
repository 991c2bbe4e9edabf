import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { barAxis } from "../../../../domain/bar-scale";
import { formatNumber, formatScore } from "../../../../domain/formats";
import type { Lang } from "../../../../domain/i18n";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Criterion } from "../../../../domain/scoring-schemas";
import { withMax } from "../../../../domain/shared-messages";
import {
  ChartFrame,
  legendText,
  verticalGridOnly,
  xAxisText,
} from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { fitText, textWidth, useRemPx } from "../../../lib/chart-text";
import { useNarrowScreen } from "../hooks/use-narrow-screen";
import { resultsMessages } from "../messages";

type Props = {
  results: ProjectResult[];
  names: Map<string, string>;
  criteria: Criterion[];
  caption: string;
  selectedId: string | undefined;
};

// Neighbouring segments differ in lightness as well as hue, and white gaps separate them.
// Room for a project name beside the bars: English names are longer.
const LABEL_REM: Record<Lang, number> = { zh: 13, en: 14.7 };
const palette = ["#0f3d6e", "#3b82c4", "#16794a", "#e0a100", "#8e5ac8", "#c2410c", "#6b7280"];

type TickProps = {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  label: (id: string) => string;
  selectedId: string | undefined;
  fontPx: number;
  /** Space to keep free at the chart's left edge, in pixels. */
  inset: number;
};

/** A project's axis label; the selected project is bold and marked, not only coloured. */
function RankTick({ x = 0, y = 0, payload, label, selectedId, fontPx, inset }: TickProps) {
  const id = payload?.value ?? "";
  const selected = id === selectedId;
  const text = selected ? `▶ ${label(id)}` : label(id);
  // The axis starts at the chart's left edge (margin.left is 0), so all left of the text is room;
  // long names are cut to fit it.
  const room = Number(x) - 6 - inset;
  return (
    <text
      x={Number(x) - 6}
      y={Number(y)}
      dy="0.35em"
      textAnchor="end"
      fontSize={fontPx}
      fontWeight={selected ? 700 : 400}
      fill={selected ? "#0f3d6e" : "#1b2430"}
    >
      {fitText(text, room, fontPx, selected)}
    </text>
  );
}

/**
 * Each project's criterion means stacked from zero, in official rank order, with a legend and a note
 * on why bar lengths need not follow that order.
 */
export function CriterionBreakdownChart({ results, names, criteria, caption, selectedId }: Props) {
  const t = useMessages(resultsMessages);
  const lang = useLang();
  const narrow = useNarrowScreen();
  const rem = useRemPx();
  const fontPx = 0.8 * rem;
  const rankOf = new Map(results.map((r) => [r.projectId, r.rank]));
  const data = results.map((r) => ({
    id: r.projectId,
    ...Object.fromEntries(criteria.map((c) => [c.id, r.criterionMeans[c.id] ?? 0])),
  }));
  const maxTotal = criteria.reduce((sum, c) => sum + c.max, 0);
  const label = (id: string) => {
    const rank = rankOf.get(id) ?? "—";
    // On a phone only the rank fits; the table beside it names the projects in the same order.
    if (narrow) return String(rank);
    return `${rank}. ${names.get(id) ?? id}`;
  };
  // Names are cut to the axis width (with "…"); the tooltip and the data table give them in full.
  const labelWidth = narrow
    ? // The widest rank, plus the tick line and gaps (14 px) and the inset.
      Math.ceil(textWidth(`▶ ${results.length}`, fontPx, true) + 15 + 0.25 * rem)
    : Math.round(LABEL_REM[lang] * rem);
  return (
    <div className="results-breakdown-wrap">
      <ChartFrame
        caption={caption}
        className="results-breakdown"
        columns={[
          `${t("rank")} · ${t("project")}`,
          ...criteria.map((c) => localized(c, "name", lang)),
        ]}
        rows={results.map((r) => [
          `${r.rank ?? "—"} ${names.get(r.projectId) ?? r.projectId}`,
          ...criteria.map((c) => {
            const mean = r.criterionMeans[c.id];
            return mean == null ? "—" : formatScore(mean);
          }),
        ])}
        height={Math.round(
          Math.max(200, 96 + results.length * 28, (6.4 + 1.87 * results.length) * rem),
        )}
      >
        {/* Sized in rem (never below the desktop size) so that bars and labels grow with the type. */}
        <BarChart
          data={data}
          layout="vertical"
          barCategoryGap={Math.max(4, 0.27 * rem)}
          maxBarSize={Math.max(22, 1.47 * rem)}
          margin={{ top: 0.25 * rem, right: rem, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="#e3e8ef" {...verticalGridOnly} />
          <XAxis type="number" domain={barAxis(maxTotal)} {...xAxisText(rem)} />
          <YAxis
            type="category"
            dataKey="id"
            width={labelWidth}
            tick={
              <RankTick label={label} selectedId={selectedId} fontPx={fontPx} inset={0.25 * rem} />
            }
            interval={0}
          />
          <Tooltip
            labelFormatter={(id) => names.get(String(id)) ?? String(id)}
            formatter={(value, name) => [formatScore(Number(value)), name]}
          />
          <Legend {...legendText(rem, "results-legend")} />
          {criteria.map((c, i) => (
            <Bar
              key={c.id}
              dataKey={c.id}
              name={withMax(localized(c, "name", lang), c.max, lang)}
              stackId="score"
              fill={palette[i % palette.length]}
              stroke="#fff"
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartFrame>
      <p className="results-muted results-breakdown-note">
        {t("breakdownNote", { max: formatNumber(maxTotal, lang) })}
      </p>
    </div>
  );
}
