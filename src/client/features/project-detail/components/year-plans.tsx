import type { ProjectDetail } from "../../../../domain/api-views";
import { formatYiGroup } from "../../../../domain/formats";
import { yearOfDate, yearPlansOf } from "../../../../domain/year-plan";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { defineMessages, useMessages } from "../../../i18n/messages";
import "./year-plans.css";

const messages = defineMessages({
  zh: {
    caption: "年度计划投资",
    year: "年度",
    plan: "年度计划投资",
    yearOf: "{year}年",
    current: "（本年）",
  },
  en: {
    caption: "Planned investment by year",
    year: "Year",
    plan: "Planned investment",
    yearOf: "{year}",
    current: " (this year)",
  },
});

/** 年度计划: the plan the project was listed with each year, the year 数据截至 falls in marked. */
export function YearPlans({ project, asOf }: { project: ProjectDetail; asOf: string }) {
  const t = useMessages(messages);
  const lang = useLang();
  const current = yearOfDate(asOf);
  const plans = yearPlansOf(project, current);
  // One unit for every year, so the years compare at a glance.
  const amounts = formatYiGroup(
    plans.map((p) => p.planInvestment),
    lang,
  );
  const rows = plans.map((p, i) => ({ ...p, amount: amounts[i] ?? "" }));
  return (
    <DataTable
      compact
      className="year-plans"
      caption={t("caption")}
      captionHidden
      rows={rows}
      rowKey={(r) => String(r.year)}
      columns={[
        {
          id: "year",
          header: t("year"),
          rowHeader: true,
          cell: (r) => `${t("yearOf", { year: r.year })}${r.year === current ? t("current") : ""}`,
        },
        { id: "plan", header: t("plan"), numeric: true, cell: (r) => r.amount },
      ]}
    />
  );
}
