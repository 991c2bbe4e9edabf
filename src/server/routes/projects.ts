import { gzipSync } from "node:zlib";
import { Hono, type TypedResponse } from "hono";
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

type ProjectsAnswer = z.infer<typeof projectsResponseSchema>;

/** The caller takes gzip (and has not refused it with q=0). */
const acceptsGzip = (header: string | undefined) =>
  !!header &&
  header.split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return name?.trim() === "gzip" && (!q || Number(q.slice(2)) > 0);
  });

/** If-None-Match names this weak ETag (or any, with *). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function projectRoutes(store: ReadStore) {
  /**
   * The list as sent, kept until the store changes: thousands of projects take a while to read,
   * light and serialise, and every page and wall asks for the same list again and again.
   */
  type ListAnswer = {
    key: string;
    etag: string;
    body: string;
    gzipped?: Uint8Array<ArrayBuffer>;
  };
  // The answer being built is kept too, so requests arriving while it is read share one read.
  let cached: { key: string; answer: Promise<ListAnswer> } | null = null;
  const lists = {
    current: () => store.listCurrentProjects(),
    all: () => store.listProjects(),
    archived: () => store.listArchivedProjects(),
  };
  const readList = async (key: string, which: keyof typeof lists): Promise<ListAnswer> => {
    const meta = await store.meta();
    const listed = await lists[which]();
    const projects: ProjectSummary[] = listed.map((project) => {
      const { reports: _r, milestones: _m, problems: _p, provenance: _v, ...summary } = project;
      return { ...summary, ...withStatus(project, meta) };
    });
    const answer: ProjectsAnswer = {
      asOf: meta.asOf,
      asOfBasis: meta.asOfBasis,
      illustrative: meta.illustrative,
      projects,
    };
    return { key, etag: `W/"${key}"`, body: JSON.stringify(answer) };
  };
  const listAnswer = async (which: keyof typeof lists): Promise<ListAnswer> => {
    const key = `${await store.version()}.${which}`;
    if (cached?.key !== key) cached = { key, answer: readList(key, which) };
    const kept = cached;
    try {
      return await kept.answer;
    } catch (error) {
      // A failed read is not kept: the next request tries again.
      if (cached === kept) cached = null;
      throw error;
    }
  };

  return new Hono()
    .get(
      "/",
      documented({
        summary: "All projects with derived status lights",
        tags,
        answers: { 200: projectsResponseSchema },
        description:
          "Archived projects leave the list (and so the map and the wall) unless ?archived=1; ?archived=only lists just the archived ones. " +
          "Sent with a weak ETag: If-None-Match with it answers 304 while nothing has changed.",
      }),
      async (c) => {
        const archived = c.req.query("archived");
        const list = await listAnswer(
          archived === "1" ? "all" : archived === "only" ? "archived" : "current",
        );
        const { etag, body } = list;
        // Compressed once per change too: tens of MB take a second to gzip on every request.
        const gzipped = () => {
          list.gzipped ??= new Uint8Array(gzipSync(body));
          return list.gzipped;
        };
        // The browser may keep the list but must ask each time; private: no proxy keeps it.
        const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
        // Sent as serialised once; typed as what it is, so the typed client still knows the shape.
        const json = { ...headers, "Content-Type": "application/json", Vary: "Accept-Encoding" };
        const answer = matchesEtag(c.req.header("If-None-Match"), etag)
          ? c.body(null, 304, headers)
          : acceptsGzip(c.req.header("Accept-Encoding"))
            ? c.body(gzipped(), 200, { ...json, "Content-Encoding": "gzip" })
            : c.body(body, 200, json);
        return answer as unknown as TypedResponse<ProjectsAnswer, 200, "json">;
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
      async (c) => {
        const { id } = c.req.valid("param");
        const project = await store.getProject(id);
        if (!project) return apiError(c, 404, "project_not_found", { id });
        const meta = await store.meta();
        const detail: ProjectDetail = { ...project, ...withStatus(project, meta) };
        const state = (await store.projectState(id)) ?? { version: 1, archivedAt: null };
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
