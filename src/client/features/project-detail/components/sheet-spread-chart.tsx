import {
  CartesianGrid,
  Legend,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Evaluator, EvaluatorGroup } from "../../../../domain/scoring-schemas";
import {
  ChartFrame,
  horizontalGridOnly,
  legendText,
  xAxisText,
} from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { textWidth, useRemPx } from "../../../lib/chart-text";
import { detailMessages } from "../messages";

type Sheet = { evaluatorId: string; total: number; complete: boolean };
type Props = {
  sheets: Sheet[];
  result: ProjectResult;
  evaluators: Evaluator[];
  groups: EvaluatorGroup[];
};
type Role = "kept" | "droppedHigh" | "droppedLow" | "incomplete";
// Not "role": recharts spreads data fields onto SVG nodes, and role= is an ARIA attribute.
type Dot = { total: number; stack: number; kind: Role; evaluator: string; group: string };

const series: { role: Role; fill: string; shape: "circle" | "triangle" | "diamond" | "cross" }[] = [
  { role: "kept", fill: "#1d5fa8", shape: "circle" },
  { role: "droppedHigh", fill: "#b42318", shape: "triangle" },
  { role: "droppedLow", fill: "#8a5a00", shape: "diamond" },
  { role: "incomplete", fill: "#7b8794", shape: "cross" },
];

/**
 * Every evaluator's total for this project as a dot plot: equal totals stack upwards, the dropped
 * highest and lowest get their own shape and legend entry, the base score is a line.
 */
export function SheetSpreadChart({ sheets, result, evaluators, groups }: Props) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const rem = useRemPx();
  const { droppedHighest, droppedLowest } = result.steps;
  const roleOf = (s: Sheet): Role =>
    !s.complete
      ? "incomplete"
      : s.evaluatorId === droppedHighest?.evaluatorId
        ? "droppedHigh"
        : s.evaluatorId === droppedLowest?.evaluatorId
          ? "droppedLow"
          : "kept";
  const evaluatorById = new Map(evaluators.map((e) => [e.id, e]));
  const groupName = (groupId: string | undefined) => {
    const group = groups.find((g) => g.id === groupId);
    return group ? localized(group, "name", lang) : "—";
  };
  const perBin = new Map<number, number>();
  const dots: Dot[] = [...sheets]
    .sort((a, b) => a.total - b.total)
    .map((s) => {
      const bin = Math.round(s.total);
      const stack = (perBin.get(bin) ?? 0) + 1;
      perBin.set(bin, stack);
      const evaluator = evaluatorById.get(s.evaluatorId);
      return {
        total: s.total,
        stack,
        kind: roleOf(s),
        evaluator: evaluator ? localized(evaluator, "label", lang) : s.evaluatorId,
        group: groupName(evaluator?.groupId),
      };
    });
  const totals = dots.map((d) => d.total);
  const low = Math.max(0, Math.floor(Math.min(...totals, 100)) - 2);
  const high = Math.min(100, Math.ceil(Math.max(...totals, 0)) + 2);
  const tallest = Math.max(1, ...perBin.values());
  const dotArea = Math.round(64 * Math.max(1, rem / 15) ** 2);

  return (
    <ChartFrame
      caption={t("spreadCaption", { n: sheets.length })}
      columns={[t("evaluator"), t("group"), t("total"), t("role")]}
      rows={dots.map((d) => [d.evaluator, d.group, formatScore(d.total), t(d.kind)])}
      height={Math.round(Math.max(200, 120 + tallest * 18, (8 + 1.2 * tallest) * rem))}
    >
      {/* Sized in rem (never below the desktop size): each stacked dot gets a share of the type size. */}
      {/* Every x label is drawn (nothing measures them to drop one): the left margin is room for
          half of the first, centred on the chart's edge. */}
      <ScatterChart
        margin={{
          top: rem,
          right: rem,
          bottom: 0,
          left: Math.ceil(textWidth(String(low), 0.8 * rem) / 2 + 2),
        }}
      >
        <CartesianGrid stroke="#e3e8ef" {...horizontalGridOnly} />
        <XAxis
          type="number"
          dataKey="total"
          domain={[low, high]}
          allowDecimals={false}
          {...xAxisText(rem)}
          name={t("total")}
        />
        <YAxis type="number" dataKey="stack" domain={[0, tallest + 1]} hide />
        {/* Dot area (recharts' default is 64 px²) grows with the square of the type size; recharts
              ignores a z range unless the axis has a data key, hence the constant one. */}
        <ZAxis dataKey={() => 1} range={[dotArea, dotArea]} />
        {result.baseScore !== null && (
          <ReferenceLine
            x={result.baseScore}
            stroke="#16794a"
            strokeDasharray="4 3"
            label={{
              value: `${t("baseScore")} ${formatScore(result.baseScore)}`,
              position: "insideTopRight",
              fontSize: "0.8rem",
              fill: "#16794a",
            }}
          />
        )}
        <Tooltip
          cursor={false}
          content={({ active, payload }) => {
            const dot = active ? (payload?.[0]?.payload as Dot | undefined) : undefined;
            if (!dot) return null;
            return (
              <div className="detail-tooltip">
                <strong>{dot.evaluator}</strong> · {dot.group}
                <br />
                {t("total")} {formatScore(dot.total)} · {t(dot.kind)}
              </div>
            );
          }}
        />
        <Legend {...legendText(rem, "detail-legend")} />
        {series.map(({ role, fill, shape }) => {
          const data = dots.filter((d) => d.kind === role);
          if (!data.length) return null;
          return (
            <Scatter
              key={role}
              name={t(role)}
              data={data}
              fill={fill}
              shape={shape}
              isAnimationActive={false}
            />
          );
        })}
      </ScatterChart>
    </ChartFrame>
  );
}
