import { cloneElement, type ReactElement, type ReactNode } from "react";
import { useDrawnWhenSeen } from "../lib/use-drawn-when-seen";
import { ChartFigure } from "./chart-figure";

type ChartElement = ReactElement<{ accessibilityLayer?: boolean; width?: number; height?: number }>;

type Props = {
  caption: string;
  /** The numbers the chart draws, as a table: its text alternative. */
  columns: string[];
  rows: (string | number)[][];
  /** In pixels, fixed before the chart draws so that nothing below it moves when it does. */
  height: number;
  /**
   * One recharts chart (LineChart, BarChart…) or a hand-drawn SVG chart taking the same width and
   * height, or a function of the chart's width in pixels that returns one (for charts that choose
   * their labels by the room they have, without measuring).
   */
  children: ChartElement | ((width: number) => ChartElement);
  className?: string;
};

/**
 * A chart (recharts or plain SVG) in the app's figure: caption, its numbers as a table, a fixed height. Kept apart
 * from ChartFigure so that pages whose charts are plain HTML do not load recharts.
 */
export function ChartFrame({ children, height, ...figure }: Props) {
  // The box keeps its height while the drawing waits for its turn, so nothing moves when it comes.
  const [ref, width] = useDrawnWhenSeen<HTMLDivElement>();
  const chart = width > 0 && (typeof children === "function" ? children(width) : children);
  return (
    <ChartFigure {...figure}>
      <div ref={ref} style={{ height }} data-drawn={width > 0}>
        {/* Sized here, not by recharts' ResponsiveContainer: one layout pass instead of two. The
            data table is the text alternative; the drawing must not take keyboard focus. */}
        {chart && cloneElement(chart, { accessibilityLayer: false, width, height })}
      </div>
    </ChartFigure>
  );
}

// CartesianGrid works out the lines it is told not to draw all the same, measuring that axis's
// labels to do so; an empty generator spares it.
const noLines = () => [];
/** CartesianGrid props for lines across the chart only (at the value axis's ticks). */
export const horizontalGridOnly = { vertical: false, verticalCoordinatesGenerator: noLines };
/** CartesianGrid props for lines up the chart only (bars drawn sideways). */
export const verticalGridOnly = { horizontal: false, horizontalCoordinatesGenerator: noLines };

/** Axis labels at the chart's text size (charts set it in rem, so it grows with the type). */
export const axisTick = { fontSize: "0.8rem" };

/**
 * The x axis: its labels, and room below the chart for them (rem: pixels per rem). Every tick is
 * drawn (interval 0): the charts give few enough, and recharts would otherwise measure each label
 * in the page to find overlaps, which is most of what a chart costs to draw.
 */
export function xAxisText(rem: number) {
  return {
    interval: 0 as const,
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
