import { Link } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { describeStatus } from "../../../../domain/status-reason";
import { StatusBadge } from "../../../components/status-badge";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { overviewMessages } from "../messages";

const severity = { red: 0, yellow: 1, green: 2 } as const;

/** The projects on yellow or red, worst first, each with the rule that set its light. */
export function BehindPlanList({
  projects,
  linkSearch,
}: {
  projects: ProjectSummary[];
  linkSearch: string;
}) {
  const t = useMessages(overviewMessages);
  const lang = useLang();
  const behind = projects
    .filter((p) => p.status !== "green")
    .sort(
      (a, b) =>
        severity[a.status] - severity[b.status] ||
        b.statusExplanation.behindPoints - a.statusExplanation.behindPoints,
    );
  if (!behind.length) return <p className="muted">{t("behindNone")}</p>;
  return (
    <>
      <p className="muted">{t("behindCount", { n: behind.length })}</p>
      <ol className="behind-list">
        {behind.map((project) => (
          <li key={project.id} className="behind-list__item">
            <div className="behind-list__head">
              <StatusBadge light={project.status} explanation={project.statusExplanation} />
              <Link href={`/projects/${project.id}${linkSearch}`} className="behind-list__name">
                {localized(project, "name", lang)}
              </Link>
            </div>
            <p className="behind-list__reason">{describeStatus(project.statusExplanation, lang)}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
