import { Hono } from "hono";
import { describeRoute, generateSpecs, resolver } from "hono-openapi";
import { z } from "zod";
import { errorResponseSchema } from "../domain/api-views";

/** What a route answers besides its successes: each status once, with one error body. */
const errorMeaning = {
  400: "The input is not valid (the body, a parameter, or JSON that does not parse)",
  401: "Not signed in, or the personal link or wall-screen token was revoked",
  403: "This role may not do this (or the security check of a write failed)",
  404: "No such event, project, evaluator or record",
  409: "The event's state or the record's state does not allow this now",
  412: "The sheet changed since the version named in If-Match",
  413: "The request body is too large",
  422: "The Idempotency-Key was already used for another body",
  429: "Too many failed attempts; try again after Retry-After seconds",
  500: "Internal server error",
} as const;
export type ErrorStatus = keyof typeof errorMeaning;

const errorRef = { $ref: "#/components/schemas/ApiError" };
const errorResponse = (status: ErrorStatus) => ({
  description: errorMeaning[status],
  content: { "application/json": { schema: errorRef } },
});

/** A success answer: a JSON body's schema, or a file of some media type. */
type Answer = z.ZodType | { media: Record<string, string>; description: string };

type Description = {
  summary: string;
  description?: string;
  tags: string[];
  /** Success answers (and answers with a body of their own) by status. */
  answers: Partial<Record<number, Answer>>;
  /** Error statuses this route itself answers with the contract's error body. */
  errors?: ErrorStatus[];
  headers?: string[];
  /** A body the route reads itself (an upload); bodies of validated routes come from their schema. */
  requestBody?: { description: string; content: Record<string, { schema: object }> };
};

/**
 * Every route passes through identify (a revoked token is 401; a wall token outside its scope or a
 * write failing its CSRF check is 403), so those and 500 are part of every operation.
 */
const everywhere: ErrorStatus[] = [401, 403, 500];

/** The route's entry in the API document; a middleware that does nothing at run time. */
export function documented({
  summary,
  description,
  tags,
  answers,
  errors = [],
  headers = [],
  requestBody,
}: Description) {
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(answers)) {
    if (!answer) continue;
    responses[status] =
      answer instanceof z.ZodType
        ? {
            description: summary,
            content: {
              "application/json": { schema: resolver(answer, { options: { io: "output" } }) },
            },
          }
        : {
            description: answer.description,
            content: Object.fromEntries(
              Object.entries(answer.media).map(([media, format]) => [
                media,
                { schema: { type: "string", format } },
              ]),
            ),
          };
  }
  for (const status of [...errors, ...everywhere]) responses[status] ??= errorResponse(status);
  return describeRoute({
    summary,
    description,
    tags,
    ...(requestBody ? { requestBody: { required: true, ...requestBody } } : {}),
    parameters: headers.map((name) => ({
      name,
      in: "header",
      required: false,
      schema: { type: "string" },
    })),
    // biome-ignore lint/suspicious/noExplicitAny: resolver() values are typed loosely by the library
    responses: responses as any,
  });
}

/** The writes' headers: idempotent replays and the CSRF token of a cookie session. */
export const writeHeaders = ["X-CSRF-Token", "Idempotency-Key"];

/** The OpenAPI 3.1 document of an app mounted at /api, from the routes' own descriptions and schemas. */
// biome-ignore lint/suspicious/noExplicitAny: any app's routes, whatever its types
export function apiDocument(api: Hono<any, any, any>) {
  return generateSpecs(new Hono().route("/api", api), {
    documentation: {
      info: {
        title: "重点项目观摩 API",
        version: "1.0.0",
        description:
          "Key projects, inspection events, score sheets and results. JSON, UTF-8. Error messages follow ?lang= or Accept-Language (zh by default).",
      },
      components: {
        schemas: {
          ApiError: (({ $schema: _, ...schema }) => schema)(
            z.toJSONSchema(errorResponseSchema, { io: "output" }),
          ) as never,
        },
      },
    },
    excludeStaticFile: false,
    defaultValidationErrorResponse: errorResponse(400),
  });
}
