import { useParams, useSearch } from "wouter";
import { ProjectNotFound } from "../../features/project-detail/components/project-not-found";
import { ProjectDetailPage } from "../../features/project-detail/project-detail-page";

// The same pattern the API validates against: a malformed id never reaches the server.
const projectIdPattern = /^[a-z0-9-]{1,64}$/;

export default function ProjectDetailRoute() {
  const { id = "" } = useParams<{ id: string }>();
  const search = useSearch();
  if (!projectIdPattern.test(id)) {
    return (
      <ProjectNotFound id={id} reason="bad" backHref={`/projects${search ? `?${search}` : ""}`} />
    );
  }
  return <ProjectDetailPage key={id} id={id} />;
}
