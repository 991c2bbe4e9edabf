import { useState } from "react";
import { Link } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { describeStatus } from "../../../../domain/status-reason";
import { behindPlanFirst } from "../../../../domain/status-rules";
import { StatusBadge } from "../../../components/status-badge";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { overviewMessages } from "../messages";

/** As many as the card holds beside the map; the rest are counted and one click away. */
const SHOWN = 5;
/** Expanded, the list stops here: a city's thousands belong in the project table (linked below). */
const EXPANDED_MAX = 50;

/** The project table filtered to the same lights as this list, keeping the other shared filters. */
function tableLink(linkSearch: string): string {
  const params = new URLSearchParams(linkSearch);
  const chosen = params.get("status")?.split(",") ?? [];
  const lit = ["yellow", "red"].filter((l) => !chosen.length || chosen.includes(l));
  params.set("status", lit.join(","));
  params.delete("sel");
  return `/projects?${params.toString()}`;
}

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
  const [expanded, setExpanded] = useState(false);
  const behind = behindPlanFirst(projects);
  if (!behind.length) return <p className="muted">{t("behindNone")}</p>;
  const shown = behind.slice(0, expanded ? EXPANDED_MAX : SHOWN);
  const hidden = behind.length - shown.length;
  return (
    <>
      <p className="muted">{t("behindCount", { n: behind.length })}</p>
      <ol className="behind-list">
        {shown.map((project) => (
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
      <p className="behind-list__more">
        {hidden > 0 && !expanded && (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-expanded="false"
            onClick={() => setExpanded(true)}
          >
            {t("behindMore", { n: hidden })}
          </button>
        )}
        {expanded && behind.length > SHOWN && (
          <button
            type="button"
            className="button button--small button--ghost"
            aria-expanded="true"
            onClick={() => setExpanded(false)}
          >
            {t("behindLess")}
          </button>
        )}
        <Link href={tableLink(linkSearch)}>{t("behindInTable")}</Link>
      </p>
    </>
  );
}
