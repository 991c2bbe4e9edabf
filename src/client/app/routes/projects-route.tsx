import { ProjectTablePage } from "../../features/project-table/project-table-page";

/** /projects — the shared filters and sort live in the URL; the feature reads them itself. */
export default function ProjectsRoute() {
  return <ProjectTablePage />;
}
