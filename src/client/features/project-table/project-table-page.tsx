import { formatDate } from "../../../domain/formats";
import { useProjects } from "../../api/projects";
import { AsyncState } from "../../components/async-state";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { ArchivedProjects } from "./components/archived-projects";
import { NewProjectFormPanel } from "./components/new-project-form";
import { ProjectImportPanel } from "./components/project-import-panel";
import { ProjectTableView } from "./components/project-table-view";
import { projectTableMessages } from "./messages";
import "./project-table.css";
import { IllustrativeTag } from "../../components/illustrative-tag";

/** /projects: every project in a sortable, filterable table that can be exported to CSV. */
export function ProjectTablePage() {
  const t = useMessages(projectTableMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const projects = useProjects();
  const data = projects.data;
  return (
    <div className="pt-page">
      <header className="page-header">
        <h1>{t("title")}</h1>
        {data && (
          <span className="page-header__meta">
            {common("dataAsOf", { date: formatDate(data.asOf, lang) })}
          </span>
        )}
        {data?.illustrative && <IllustrativeTag />}
      </header>
      <div className="pt-admin">
        <NewProjectFormPanel />
        {data && <ProjectImportPanel asOf={data.asOf} />}
      </div>
      <ArchivedProjects />
      <AsyncState query={projects}>
        {() => data && <ProjectTableView projects={data.projects} asOf={data.asOf} />}
      </AsyncState>
    </div>
  );
}
