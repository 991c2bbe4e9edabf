import { Hono } from "hono";
import { z } from "zod";
import { bulletinResponseSchema, inspectionBulletin } from "../../domain/bulletin";
import { computeEventResults } from "../../domain/event-results";
import { LANGS } from "../../domain/i18n";
import { documented } from "../api-doc";
import { requestLang } from "../api-error";
import { requireRole } from "../auth/identify";
import type { Services } from "../services";
import { bulletinDocx } from "../transfer/bulletin-docx";
import { download, fileAnswer } from "../transfer/table-file";
import { validate } from "../validate";
import { type EventEnv, resultsOfEventInPath, scoringInputs } from "./event-in-path";

const langQuery = z.object({ lang: z.enum(LANGS).optional() });
const tags = ["bulletin"];

/**
 * The inspection's bulletin (通报), drafted from the same results the screens show: as JSON for the
 * A4 print page, and as a Word file officials edit before it goes out. Staff, leaders and admins
 * only; it is a draft for the office, not a public page.
 */
export function bulletinRoutes(services: Services) {
  const { store, categories } = services;
  const build = async (event: EventEnv["Variables"]["event"], lang: "zh" | "en") => {
    const inputs = await scoringInputs(store, event);
    const results = computeEventResults(event, inputs.projects, inputs.sheets, inputs.evaluators);
    return inspectionBulletin({
      event,
      projects: await store.listProjects(),
      results,
      illustrative: (await store.meta()).illustrative,
      lang,
      categories: await categories.list(),
    });
  };
  return new Hono<EventEnv>()
    .get(
      "/:id/bulletin",
      documented({
        summary: "The inspection's bulletin (通报) as structured text, for printing",
        tags,
        answers: { 200: bulletinResponseSchema },
        errors: [404],
      }),
      requireRole("admin", "staff", "leader"),
      ...resultsOfEventInPath(store),
      validate("query", langQuery),
      async (c) =>
        c.json({
          bulletin: await build(c.get("event"), c.req.valid("query").lang ?? requestLang(c)),
        }),
    )
    .get(
      "/:id/bulletin.docx",
      documented({
        summary: "The inspection's bulletin (通报) as a Word document",
        tags,
        answers: { 200: fileAnswer("docx", "The bulletin, A4, in 公文 type") },
        errors: [404],
      }),
      requireRole("admin", "staff", "leader"),
      ...resultsOfEventInPath(store),
      validate("query", langQuery),
      async (c) => {
        const event = c.get("event");
        const lang = c.req.valid("query").lang ?? requestLang(c);
        const doc = await build(event, lang);
        return download(c, await bulletinDocx(doc), "docx", `${event.date}-${doc.title}`);
      },
    );
}
