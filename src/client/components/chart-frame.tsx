import { cloneElement, type ReactElement, type ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { ChartFigure } from "./chart-figure";

type Props = {
  caption: string;
  /** The numbers the chart draws, as a table: its text alternative. */
  columns: string[];
  rows: (string | number)[][];
  /** In pixels, fixed before the chart draws so that nothing below it moves when it does. */
  height: number;
  /** One recharts chart (LineChart, BarChart…). */
  children: ReactElement<{ accessibilityLayer?: boolean }>;
  className?: string;
};

/**
 * A recharts chart in the app's figure: caption, its numbers as a table, a fixed height. Kept apart
 * from ChartFigure so that pages whose charts are plain HTML do not load recharts.
 */
export function ChartFrame({ children, height, ...figure }: Props) {
  return (
    <ChartFigure {...figure}>
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height={height}>
          {/* The data table is the text alternative; the drawing must not take keyboard focus. */}
          {cloneElement(children, { accessibilityLayer: false })}
        </ResponsiveContainer>
      </div>
    </ChartFigure>
  );
}

/** Axis labels at the chart's text size (charts set it in rem, so it grows with the type). */
export const axisTick = { fontSize: "0.8rem" };

/** The x axis: its labels, and room below the chart for them (rem: pixels per rem). */
export function xAxisText(rem: number) {
  return {
    tick: axisTick,
    height: Math.max(30, Math.round(1.3 * rem + 8)),
    tickMargin: 0.3 * rem,
  };
}

/**
 * Legend props: icons sized with the type, series in the order drawn, and the text in the text
 * colour (a pale series colour would not be readable).
 */
export function legendText(rem: number, className: string) {
  return {
    iconSize: Math.max(14, Math.round(0.95 * rem)),
    wrapperStyle: { fontSize: "0.85rem" },
    itemSorter: null,
    formatter: (value: ReactNode) => <span className={className}>{value}</span>,
  };
}
