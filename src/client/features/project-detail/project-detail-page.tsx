import { useSearch } from "wouter";
import { useProject } from "../../api/projects";
import { ApiError } from "../../api/read-json";
import { AsyncState } from "../../components/async-state";
import { Card } from "../../components/card";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { DetailBreadcrumb } from "./components/detail-breadcrumb";
import { InvestmentChart } from "./components/investment-chart";
import { LightTimeline } from "./components/light-timeline";
import { MilestonesTable } from "./components/milestones-table";
import { ProblemsTable } from "./components/problems-table";
import { ProgressChart } from "./components/progress-chart";
import { ProjectAdminActions } from "./components/project-admin-actions";
import { ProjectFacts } from "./components/project-facts";
import { ProjectHeader } from "./components/project-header";
import { ProjectHistory } from "./components/project-history";
import { ProjectNotFound } from "./components/project-not-found";
import { ProjectScore } from "./components/project-score";
import { RaiseProblemForm } from "./components/raise-problem-form";
import { YearPlans } from "./components/year-plans";
import { detailMessages } from "./messages";
import "./project-detail.css";
import { IllustrativeTag } from "../../components/illustrative-tag";

/** Units a problem here is likely assigned to: the project's own, then those its problems name. */
const unitsOf = (project: { responsibleUnit: string; problems: { ownerUnit: string }[] }) => [
  ...new Set([project.responsibleUnit, ...project.problems.map((p) => p.ownerUnit)]),
];

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
        const illustrative = <IllustrativeTag />;
        return (
          <article className="detail" aria-labelledby="detail-title">
            <title>{`${name} · ${common("appTitle")}`}</title>
            <DetailBreadcrumb name={name} backHref={backHref} />
            <ProjectHeader project={project} />
            <ProjectAdminActions
              project={project}
              version={query.data?.version ?? 1}
              archivedAt={query.data?.archivedAt ?? null}
            />
            <div className="detail__grid">
              <Card titleId="detail-facts-title" title={t("factsTitle")} tag={illustrative}>
                <ProjectFacts project={project} />
              </Card>
              <Card
                titleId="detail-investment-title"
                title={t("investmentTitle")}
                tag={illustrative}
              >
                <InvestmentChart reports={project.reports} />
              </Card>
              <Card titleId="detail-progress-title" title={t("progressTitle")} tag={illustrative}>
                <ProgressChart reports={project.reports} />
              </Card>
            </div>
            <Card titleId="detail-year-plans-title" title={t("yearPlansTitle")}>
              <YearPlans
                project={project}
                asOf={query.data?.asOf ?? project.startDate}
                version={query.data?.version ?? 1}
              />
            </Card>
            <Card titleId="detail-lights-title" title={t("lightsTitle")} tag={illustrative}>
              <LightTimeline projectId={project.id} />
            </Card>
            <ProjectScore project={project} />
            <div className="detail__tables">
              <Card
                titleId="detail-milestones-title"
                title={t("milestonesTitle")}
                tag={illustrative}
              >
                <MilestonesTable project={project} />
              </Card>
              <Card titleId="detail-problems-title" title={t("problemsTitle")} tag={illustrative}>
                <RaiseProblemForm project={project} units={unitsOf(project)} />
                <ProblemsTable project={project} />
              </Card>
            </div>
            <ProjectHistory id={project.id} />
          </article>
        );
      }}
    </AsyncState>
  );
}
