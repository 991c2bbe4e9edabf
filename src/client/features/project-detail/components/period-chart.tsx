import { type PointerEvent, useState } from "react";
import { areaPath, monotonePath } from "../../../../domain/chart-geometry";
import type { Lang } from "../../../../domain/formats";
import { textWidth } from "../../../lib/chart-text";
import { periodChart } from "../utils/period-axis";

export type PeriodSeries = {
  name: string;
  /** One value per 旬, in the order of the chart's periods. */
  values: number[];
  color: string;
  strokeWidth: number;
  dash?: string;
  /** Fills the area between the curve and zero. */
  fill?: string;
  /** The value as the tooltip says it. */
  format: (value: number) => string;
};

type Props = {
  periods: string[];
  series: PeriodSeries[];
  /** The value axis's ticks, the first of them 0 (the axis is never cut). */
  yTicks: number[];
  yTickLabel: (value: number) => string;
  /** Names the series under the plot (a single series is named by the caption). */
  legend?: boolean;
  lang: Lang;
  /** Pixels per rem. */
  rem: number;
  width: number;
  height: number;
};

const axisColour = "#666";
const gridColour = "#e3e8ef";
const tickLength = 6;

/** The legend's icon size, its rows and their height, worked out without measuring the page. */
function legendLayout(series: PeriodSeries[], rem: number, width: number) {
  const fontPx = 0.85 * rem;
  const iconSize = Math.max(14, Math.round(0.95 * rem));
  const rowHeight = Math.ceil(Math.max(iconSize, fontPx * 1.55));
  let rows = 1;
  let used = 0;
  for (const s of series) {
    const item = iconSize + 4 + textWidth(s.name, fontPx) + 12;
    if (used > 0 && used + item > width) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return { iconSize, height: rows * rowHeight + 6 };
}

/**
 * Where the tooltip's left edge goes: beside the cursor on the side with room for its widest line
 * (worked out, not measured), and never past the chart's edges.
 */
function tooltipLeft(cursorX: number, width: number, rem: number, lines: string[]): number {
  const tipWidth = Math.max(0, ...lines.map((l) => textWidth(l, 0.9 * rem))) + 24;
  const after = cursorX + 12;
  if (after + tipWidth <= width) return after;
  return Math.max(0, Math.min(cursorX - 12, width) - tipWidth);
}

/**
 * A chart over 旬 (lines, or an area from zero) as plain SVG: value axis from zero with its grid,
 * month labels that fit, a legend and a tooltip on hover. Drawn by hand because the charting
 * library spent most of a slow phone's first second laying out these two small charts; the data
 * table beside it remains the text alternative.
 */
export function PeriodChart({
  periods,
  series,
  yTicks,
  yTickLabel,
  legend,
  lang,
  rem,
  width,
  height,
}: Props) {
  const [active, setActive] = useState<number | null>(null);
  const fontPx = 0.8 * rem;
  const yAxisWidth = Math.ceil(
    Math.max(0, ...yTicks.map((v) => textWidth(yTickLabel(v), fontPx))) + tickLength + 6,
  );
  const axis = periodChart(periods, lang, rem, width, yAxisWidth);
  const key = legend ? legendLayout(series, rem, width) : null;
  const svgHeight = height - (key?.height ?? 0);
  const left = axis.margin.left + yAxisWidth;
  const right = width - axis.margin.right;
  const top = axis.margin.top;
  const bottom = svgHeight - axis.margin.bottom - axis.xAxisHeight;
  const yMax = yTicks[yTicks.length - 1] || 1;
  const last = Math.max(1, periods.length - 1);
  const x = (i: number) => left + (periods.length > 1 ? (i / last) * (right - left) : 0);
  const y = (v: number) => bottom - (Math.max(0, v) / yMax) * (bottom - top);
  const index = new Map(periods.map((id, i) => [id, i]));

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const px = event.clientX - event.currentTarget.getBoundingClientRect().left;
    const i = Math.round(((px - left) / Math.max(1, right - left)) * last);
    setActive(Math.min(periods.length - 1, Math.max(0, i)));
  };
  const activeX = active === null ? 0 : x(active);
  const activePeriod = active === null ? undefined : periods[active];
  const tooltipLines =
    activePeriod === undefined || active === null
      ? []
      : [
          axis.tooltipLabel(activePeriod),
          ...series.map((s) => `${s.name} : ${s.format(s.values[active] ?? 0)}`),
        ];

  return (
    <div className="period-chart" style={{ width, height }}>
      <svg
        width={width}
        height={svgHeight}
        aria-hidden="true"
        className="period-chart__svg"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActive(null)}
      >
        <g className="period-chart__grid">
          {yTicks.map((v) => (
            <line key={v} x1={left} x2={right} y1={y(v)} y2={y(v)} stroke={gridColour} />
          ))}
        </g>
        <g className="period-chart__y-axis" fill={axisColour} style={{ fontSize: "0.8rem" }}>
          <line x1={left} x2={left} y1={top} y2={bottom} stroke={axisColour} />
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={left - tickLength} x2={left} y1={y(v)} y2={y(v)} stroke={axisColour} />
              <text x={left - tickLength - 2} y={y(v)} dy="0.355em" textAnchor="end">
                {yTickLabel(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="period-chart__x-axis" fill={axisColour} style={{ fontSize: "0.8rem" }}>
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={axisColour} />
          {axis.ticks.map((id) => {
            const tx = x(index.get(id) ?? 0);
            return (
              <g key={id}>
                <line x1={tx} x2={tx} y1={bottom} y2={bottom + tickLength} stroke={axisColour} />
                <text
                  x={tx}
                  y={bottom + tickLength + axis.tickMargin}
                  dy="0.71em"
                  textAnchor="middle"
                >
                  {axis.tickLabel(id)}
                </text>
              </g>
            );
          })}
        </g>
        {series.map((s) => {
          const points = s.values.map((v, i) => [x(i), y(v)] as const);
          return (
            <g key={s.name} className="period-chart__series" data-series={s.name}>
              {s.fill && (
                <path className="period-chart__area" d={areaPath(points, bottom)} fill={s.fill} />
              )}
              <path
                className="period-chart__line"
                d={monotonePath(points)}
                fill="none"
                stroke={s.color}
                strokeWidth={s.strokeWidth}
                strokeDasharray={s.dash}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            </g>
          );
        })}
        {active !== null && (
          <g className="period-chart__cursor" pointerEvents="none">
            <line x1={activeX} x2={activeX} y1={top} y2={bottom} stroke="#ccc" />
            {series.map((s) => (
              <circle
                key={s.name}
                cx={activeX}
                cy={y(s.values[active] ?? 0)}
                r={Math.max(4, rem / 4)}
                fill={s.color}
                stroke="#fff"
                strokeWidth={2}
              />
            ))}
          </g>
        )}
      </svg>
      {key && (
        <ul className="period-chart__legend" style={{ height: key.height }}>
          {series.map((s) => (
            <li key={s.name}>
              <svg width={key.iconSize} height={key.iconSize} aria-hidden="true">
                <line
                  x1={0}
                  x2={key.iconSize}
                  y1={key.iconSize / 2}
                  y2={key.iconSize / 2}
                  stroke={s.color}
                  strokeWidth={2}
                  strokeDasharray={s.dash ? "3 2" : undefined}
                />
                <circle
                  cx={key.iconSize / 2}
                  cy={key.iconSize / 2}
                  r={key.iconSize / 5}
                  fill="#fff"
                  stroke={s.color}
                  strokeWidth={2}
                />
              </svg>
              <span>{s.name}</span>
            </li>
          ))}
        </ul>
      )}
      {activePeriod !== undefined && active !== null && (
        <div
          className="period-chart__tooltip"
          style={{ left: tooltipLeft(activeX, width, rem, tooltipLines), top: top + 4 }}
        >
          <p className="period-chart__tooltip-label">{tooltipLines[0]}</p>
          {series.map((s, i) => (
            <p key={s.name} style={{ color: s.color }}>
              {tooltipLines[i + 1]}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
