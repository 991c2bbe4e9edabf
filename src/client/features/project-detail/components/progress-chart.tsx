import { formatProgress, periodLabel } from "../../../../domain/formats";
import type { ProgressReport } from "../../../../domain/project";
import { EmptyState } from "../../../components/async-state";
import { ChartFrame } from "../../../components/chart-frame";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useRemPx } from "../../../lib/chart-text";
import { detailMessages } from "../messages";
import { periodChartHeight } from "../utils/period-axis";
import { PeriodChart } from "./period-chart";

/** 形象进度 is a share of the whole project: its axis always runs 0–100 %. */
const progressTicks = [0, 25, 50, 75, 100];

/** 形象进度 per 旬; the data table carries each report's note as well. */
export function ProgressChart({ reports }: { reports: ProgressReport[] }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const rem = useRemPx();
  if (!reports.length) return <EmptyState>{t("noReports")}</EmptyState>;
  const height = periodChartHeight(rem);
  return (
    <ChartFrame
      caption={t("progressCaption")}
      columns={[t("period"), t("progressPct"), t("note")]}
      rows={reports.map((r) => [
        periodLabel(r.period, lang),
        formatProgress(r.progress, lang),
        localized(r, "note", lang),
      ])}
      height={height}
    >
      {(width) => (
        <PeriodChart
          periods={reports.map((r) => r.period)}
          series={[
            {
              name: t("progressPct"),
              values: reports.map((r) => r.progress),
              color: "#16794a",
              strokeWidth: Math.max(2.5, rem / 6),
              fill: "#e3f4ea",
              format: (v) => formatProgress(v, lang),
            },
          ]}
          yTicks={progressTicks}
          yTickLabel={(v) => `${v}%`}
          lang={lang}
          rem={rem}
          width={width}
          height={height}
        />
      )}
    </ChartFrame>
  );
}
