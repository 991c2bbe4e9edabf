import type { ReactNode } from "react";
import { Link } from "wouter";
import { formatDate, periodLabel } from "../../../domain/formats";
import { ApiError } from "../../api/read-json";
import { useReview } from "../../api/review";
import { AsyncState } from "../../components/async-state";
import { IllustrativeTag } from "../../components/illustrative-tag";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { InspectionCompare } from "./components/inspection-compare";
import { LightMatrix } from "./components/light-matrix";
import { LightSharesChart } from "./components/light-shares-chart";
import { PlanChart } from "./components/plan-chart";
import { reviewMessages } from "./messages";
import "./review.css";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="review__section card" aria-labelledby={id}>
      <h2 id={id} className="review__h2">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** 动态复盘: the district over the 旬 of its history, from one call. */
export function ReviewPage() {
  const t = useMessages(reviewMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const query = useReview();

  if (query.error instanceof ApiError && (query.error.status === 401 || query.error.status === 403))
    return (
      <div className="review">
        <h1 className="review__title">{t("title")}</h1>
        <p className="notice notice--warning">
          {t("needSignIn")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent("/review")}`}>{t("signIn")}</Link>
        </p>
      </div>
    );

  return (
    <AsyncState query={query}>
      {() => {
        const review = query.data;
        if (!review) return null;
        const first = review.periods[0] ?? "";
        const last = review.periods.at(-1) ?? "";
        return (
          <article className="review" aria-labelledby="review-title">
            <header className="review__header">
              <h1 className="review__title" id="review-title">
                {t("title")}
              </h1>
              <p className="review__meta">
                {t("intro", { from: periodLabel(first, lang), to: periodLabel(last, lang) })}{" "}
                {common(review.asOfBasis === "report" ? "dataAsOfReport" : "dataAsOf", {
                  date: formatDate(review.asOf, lang),
                })}{" "}
                {review.illustrative && <IllustrativeTag />}
              </p>
            </header>
            <Section id="review-shares" title={t("sharesTitle")}>
              <LightSharesChart review={review} />
            </Section>
            <Section id="review-matrix" title={t("matrixTitle")}>
              <LightMatrix review={review} />
            </Section>
            <Section id="review-plan" title={t("planTitle")}>
              <PlanChart review={review} />
            </Section>
            <Section id="review-inspections" title={t("inspectionsTitle")}>
              <InspectionCompare review={review} />
            </Section>
          </article>
        );
      }}
    </AsyncState>
  );
}
