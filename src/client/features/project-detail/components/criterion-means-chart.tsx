import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Criterion } from "../../../../domain/scoring-schemas";
import { ChartFigure } from "../../../components/chart-figure";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

type Props = { criteria: Criterion[]; result: ProjectResult };

/** Each criterion's mean as a bar filled towards its maximum; the rest of the bar is what was missed. */
export function CriterionMeansChart({ criteria, result }: Props) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const data = criteria.map((c) => {
    const mean = result.criterionMeans[c.id] ?? 0;
    return { name: localized(c, "name", lang), mean, gap: Math.max(0, c.max - mean), max: c.max };
  });
  const top = Math.max(...criteria.map((c) => c.max));
  const step = top <= 25 ? 5 : 10;
  return (
    <ChartFigure
      caption={t("criteriaCaption")}
      columns={[t("criterion"), t("mean"), t("max")]}
      rows={criteria.map((c) => {
        const mean = result.criterionMeans[c.id];
        return [localized(c, "name", lang), mean == null ? "—" : formatScore(mean), c.max];
      })}
    >
      <ResponsiveContainer width="100%" height={48 + criteria.length * 40}>
        <BarChart
          // The figure is hidden from assistive tech (its data table is the text alternative), so the
          // chart must not take keyboard focus either.
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="#e3e8ef" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, top]}
            ticks={Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step)}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={lang === "zh" ? 118 : 150}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            formatter={(value, name, item) =>
              name === t("gap")
                ? [`${formatScore(Number(item.payload.max))}`, t("max")]
                : [formatScore(Number(value)), name]
            }
          />
          <Legend
            wrapperStyle={{ fontSize: 13 }}
            itemSorter={null}
            // Legend text in the text colour: a pale series colour would not be readable.
            formatter={(value) => <span className="detail-legend">{value}</span>}
          />
          <Bar
            dataKey="mean"
            name={t("mean")}
            stackId="c"
            fill="#1d5fa8"
            isAnimationActive={false}
          />
          <Bar dataKey="gap" name={t("gap")} stackId="c" fill="#dbe3ee" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
