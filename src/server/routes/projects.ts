import { Hono } from "hono";
import { z } from "zod";
import {
  type ProjectDetail,
  type ProjectSummary,
  projectResponseSchema,
  projectsResponseSchema,
} from "../../domain/api-views";
import { idSchema } from "../../domain/ids";
import type { ProjectRecord } from "../../domain/project";
import { computeStatus } from "../../domain/status-light";
import { documented } from "../api-doc";
import { apiError } from "../api-error";
import type { DatasetMeta, ReadStore } from "../store/read-store";
import { validate } from "../validate";

export const projectIdParam = z.object({
  id: idSchema("a project id"),
});

function withStatus(project: ProjectRecord, meta: DatasetMeta) {
  // Lights are computed on every read, so an accepted report moves them at once.
  const statusExplanation = computeStatus(project, meta.asOf, meta.statusRules);
  return {
    status: statusExplanation.light,
    statusExplanation,
    // Awaiting 销号 is not closed yet: it still counts.
    openProblemCount: project.problems.filter((p) => p.status !== "closed").length,
  };
}

const tags = ["projects"];

export function projectRoutes(store: ReadStore) {
  return new Hono()
    .get(
      "/",
      documented({
        summary: "All projects with derived status lights",
        tags,
        answers: { 200: projectsResponseSchema },
        description:
          "Archived projects leave the list (and so the map and the wall) unless ?archived=1; ?archived=only lists just the archived ones.",
      }),
      (c) => {
        const meta = store.meta();
        const archived = c.req.query("archived");
        const listed =
          archived === "1"
            ? store.listProjects()
            : archived === "only"
              ? store.listArchivedProjects()
              : store.listCurrentProjects();
        const projects: ProjectSummary[] = listed.map((project) => {
          const { reports: _r, milestones: _m, problems: _p, ...summary } = project;
          return { ...summary, ...withStatus(project, meta) };
        });
        return c.json({
          asOf: meta.asOf,
          asOfBasis: meta.asOfBasis,
          illustrative: meta.illustrative,
          projects,
        });
      },
    )
    .get(
      "/:id",
      documented({
        summary: "One project with its reports, milestones and problems",
        tags,
        answers: { 200: projectResponseSchema },
        errors: [404],
      }),
      validate("param", projectIdParam),
      (c) => {
        const { id } = c.req.valid("param");
        const project = store.getProject(id);
        if (!project) return apiError(c, 404, "project_not_found", { id });
        const meta = store.meta();
        const detail: ProjectDetail = { ...project, ...withStatus(project, meta) };
        const state = store.projectState(id) ?? { version: 1, archivedAt: null };
        // The version an edit sends back as If-Match (PUT /api/projects/:id).
        c.header("ETag", `"v${state.version}"`);
        return c.json({
          version: state.version,
          archivedAt: state.archivedAt,
          asOf: meta.asOf,
          asOfBasis: meta.asOfBasis,
          illustrative: meta.illustrative,
          project: detail,
        });
      },
    );
}
