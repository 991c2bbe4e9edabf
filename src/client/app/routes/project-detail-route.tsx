import { useParams, useSearch } from "wouter";
import { isId } from "../../../domain/ids";
import { ProjectNotFound } from "../../features/project-detail/components/project-not-found";
import { ProjectDetailPage } from "../../features/project-detail/project-detail-page";

export default function ProjectDetailRoute() {
  const { id = "" } = useParams<{ id: string }>();
  const search = useSearch();
  // The API validates ids the same way: a malformed one never reaches the server.
  if (!isId(id)) {
    return (
      <ProjectNotFound id={id} reason="bad" backHref={`/projects${search ? `?${search}` : ""}`} />
    );
  }
  return <ProjectDetailPage key={id} id={id} />;
}
