import { useSearch } from "wouter";
import { useProject } from "../../api/projects";
import { ApiError } from "../../api/read-json";
import { AsyncState } from "../../components/async-state";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { DetailBreadcrumb } from "./components/detail-breadcrumb";
import { InvestmentChart } from "./components/investment-chart";
import { MilestonesTable } from "./components/milestones-table";
import { ProblemsTable } from "./components/problems-table";
import { ProgressChart } from "./components/progress-chart";
import { ProjectFacts } from "./components/project-facts";
import { ProjectHeader } from "./components/project-header";
import { ProjectNotFound } from "./components/project-not-found";
import { ProjectScore } from "./components/project-score";
import { detailMessages } from "./messages";
import "./project-detail.css";

/** `/projects/:id`: one project's facts, progress against plan, milestones, problems and score. */
export function ProjectDetailPage({ id }: { id: string }) {
  const t = useMessages(detailMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const rawSearch = useSearch();
  const backHref = `/projects${rawSearch ? `?${rawSearch}` : ""}`;
  const query = useProject(id);

  // An unknown id is a 404 from the API: say so plainly instead of a generic load error.
  if (query.error instanceof ApiError && query.error.status === 404) {
    return <ProjectNotFound id={id} reason="unknown" backHref={backHref} />;
  }
  return (
    <AsyncState query={query}>
      {() => {
        const project = query.data?.project;
        if (!project) return null;
        const name = localized(project, "name", lang);
        return (
          <article className="detail" aria-labelledby="detail-title">
            <title>{`${name} · ${common("appTitle")}`}</title>
            <DetailBreadcrumb name={name} backHref={backHref} />
            <ProjectHeader project={project} />
            <div className="detail__grid">
              <section className="card" aria-labelledby="detail-facts-title">
                <h2 className="card__title" id="detail-facts-title">
                  {t("factsTitle")}
                  <span className="illustrative-tag">{t("illustrative")}</span>
                </h2>
                <ProjectFacts project={project} />
              </section>
              <section className="card" aria-labelledby="detail-investment-title">
                <h2 className="card__title" id="detail-investment-title">
                  {t("investmentTitle")}
                  <span className="illustrative-tag">{t("illustrative")}</span>
                </h2>
                <InvestmentChart reports={project.reports} />
              </section>
              <section className="card" aria-labelledby="detail-progress-title">
                <h2 className="card__title" id="detail-progress-title">
                  {t("progressTitle")}
                  <span className="illustrative-tag">{t("illustrative")}</span>
                </h2>
                <ProgressChart reports={project.reports} />
              </section>
            </div>
            <ProjectScore project={project} />
            <div className="detail__tables">
              <section className="card" aria-labelledby="detail-milestones-title">
                <h2 className="card__title" id="detail-milestones-title">
                  {t("milestonesTitle")}
                  <span className="illustrative-tag">{t("illustrative")}</span>
                </h2>
                <MilestonesTable project={project} />
              </section>
              <section className="card" aria-labelledby="detail-problems-title">
                <h2 className="card__title" id="detail-problems-title">
                  {t("problemsTitle")}
                  <span className="illustrative-tag">{t("illustrative")}</span>
                </h2>
                <ProblemsTable project={project} />
              </section>
            </div>
          </article>
        );
      }}
    </AsyncState>
  );
}
