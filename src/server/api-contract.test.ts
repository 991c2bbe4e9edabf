import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { signIn, startTestServer } from "./test-server";

/**
 * The API document is a contract: for every operation it describes, requests made from its own
 * schemas (valid ones, broken parameters and bodies, every kind of caller) must get only statuses
 * the document lists for that operation, with bodies its schemas accept.
 */

type Schema = Record<string, unknown> & {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  $ref?: string;
};
type Parameter = { name: string; in: "path" | "query" | "header"; schema: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
type Request = {
  what: string;
  path: string;
  query?: Record<string, string>;
  body?: BodyInit;
  json?: boolean;
};

const eventId = "2023-02-24-inspection";
let server: Awaited<ReturnType<typeof startTestServer>>;
let doc: Doc;
let callers: Record<string, Record<string, string>>;
let projectId: string;
let criteria: string[];
let requests = 0;

beforeAll(async () => {
  server = await startTestServer();
  const session = async (user: string, password: string) => {
    const signedIn = await signIn(server.url, user, password);
    return signedIn.headers;
  };
  const admin = await session("admin", "demo-admin");
  const staff = await session("staff", "demo-staff");
  const leader = await session("leader", "demo-leader");
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { ...admin, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, string>;
  };
  // The seed's event is published (frozen): reopen it so that writes get as far as they can.
  await post(`/api/events/${eventId}/state`, { state: "open", reason: "contract test" });
  const link = await post(`/api/events/${eventId}/links/e01`, {});
  const wall = await post("/api/display-tokens", { label: "contract test" });
  callers = {
    anonymous: {},
    admin,
    staff,
    leader,
    "staff without CSRF token": { cookie: staff.cookie ?? "" },
    evaluator: { authorization: `Bearer ${link.token}` },
    display: { authorization: `Bearer ${wall.token}` },
    "revoked token": { authorization: "Bearer no-such-token" },
  };
  const event = (await (await fetch(`${server.url}/api/events/${eventId}`)).json()) as {
    event: { projectIds: string[]; scheme: { criteria: { id: string }[] } };
  };
  projectId = event.event.projectIds[0] ?? "";
  criteria = event.event.scheme.criteria.map((c) => c.id);
  doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Doc;
}, 60_000);
afterAll(async () => {
  await server?.close();
});

/** A value the schema accepts, as simple as possible (patterns are met by the examples below). */
function sample(schema: Schema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.[0]) return sample(choice[0]);
  switch (schema.type) {
    case "object":
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, sample(schema.properties?.[key] ?? {})]),
      );
    case "array":
      return [];
    case "integer":
    case "number":
      return schema.minimum ?? 0;
    case "boolean":
      return false;
    default:
      return "x".repeat(Math.max(schema.minLength ?? 1, 1));
  }
}

/** The same value of the wrong type: what a careless client sends. */
const wrongType = (schema: Schema): unknown =>
  schema.type === "string" || schema.enum ? 12345 : "not-a-number";

/** Bodies a real client would send; a schema cannot know the event's criteria or a good password. */
function goodBody(key: string, schema: Schema): unknown {
  const sheet = { scores: Object.fromEntries(criteria.map((c) => [c, 10])), vote: "satisfied" };
  if (key.includes("/sheets/") || key.includes("/double-entry/"))
    return { ...sheet, reason: "contract test" };
  if (key === "POST /api/session") return { username: "staff", password: "demo-staff" };
  if (key === "POST /api/display/heartbeat")
    return { screenId: "contract-screen-1", panel: "ranking", dataAgeSeconds: 5 };
  return sample(schema);
}

/** Values for path parameters: real ones, malformed ones, and well-formed ones that name nothing. */
function pathValues(path: string, name: string): { good: string; bad: string; unknown: string } {
  if (path.startsWith("/api/display-tokens"))
    return {
      good: "00000000-0000-4000-8000-000000000000",
      bad: "not-a-uuid",
      unknown: "00000000-0000-4000-8000-000000000001",
    };
  if (name === "mismatchId") return { good: "1", bad: "-3", unknown: "999999" };
  if (name === "period") return { good: "2023-02-3", bad: "2023-02-4", unknown: "2030-01-1" };
  const good =
    name === "evaluatorId"
      ? "e02"
      : name === "projectId" || path.startsWith("/api/projects")
        ? projectId
        : eventId;
  return { good, bad: "NOT AN ID!", unknown: "no-such-thing" };
}

/** The requests for one operation, made from its parameters and body schema. */
function requestsFor(path: string, method: string, op: Operation): Request[] {
  const params = op.parameters ?? [];
  const fill = (pick: "good" | "bad" | "unknown", only?: string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const values = pathValues(path, name);
      return encodeURIComponent(only === undefined || only === name ? values[pick] : values.good);
    });
  const query = Object.fromEntries(
    params.filter((p) => p.in === "query").map((p) => [p.name, String(sample(p.schema))]),
  );
  const out: Request[] = [{ what: "valid", path: fill("good"), query }];
  for (const p of params.filter((p) => p.in === "path")) {
    out.push({ what: `malformed ${p.name}`, path: fill("bad", p.name), query });
    out.push({ what: `unknown ${p.name}`, path: fill("unknown", p.name), query });
  }
  for (const p of params.filter((p) => p.in === "query")) {
    const bad =
      p.schema.type === "string" && !p.schema.enum
        ? "x".repeat((p.schema.maxLength ?? 50) + 1)
        : "-7.5x";
    out.push({
      what: `bad query ${p.name}`,
      path: fill("good"),
      query: { ...query, [p.name]: bad },
    });
  }
  const jsonSchema = op.requestBody?.content["application/json"]?.schema;
  if (jsonSchema) {
    const key = `${method.toUpperCase()} ${path}`;
    const good = goodBody(key, jsonSchema) as Record<string, unknown>;
    const base = out[0] as Request;
    out[0] = { ...base, body: JSON.stringify(good), json: true };
    const broken: [string, unknown][] = [
      ["malformed JSON", '{"scores": '],
      ["an array body", "[]"],
      ["an empty object", "{}"],
      ["an unknown field", { ...good, unexpected: true }],
      ...Object.entries(jsonSchema.properties ?? {}).map(([name, schema]): [string, unknown] => [
        `${name} of the wrong type`,
        { ...good, [name]: wrongType(schema) },
      ]),
    ];
    for (const [what, body] of broken)
      out.push({
        ...base,
        what,
        body: typeof body === "string" ? body : JSON.stringify(body),
        json: true,
      });
    out.push({ ...base, what: "a JSON body sent as text", body: JSON.stringify(good) });
  }
  if (op.requestBody?.content["multipart/form-data"]) {
    const base = out[0] as Request;
    const form = (text: string) => {
      const data = new FormData();
      data.set("file", new File([text], "sheets.csv", { type: "text/csv" }));
      return data;
    };
    out[0] = { ...base, body: form("评委编号,项目编号\ne01,nothing\n") };
    out.push({ ...base, what: "dry run", query: { dryRun: "1" }, body: form("a,b\n1,2\n") });
    out.push({ ...base, what: "no file", body: new FormData() });
    out.push({ ...base, what: "not a form", body: "plain text", json: false });
  }
  return out;
}

const baseType = (media: string) => (media.split(";")[0] ?? "").trim().toLowerCase();

/** The schema with its references to shared components written in place, as zod reads it. */
function inlined(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema), (_, value: Schema) =>
    value && typeof value === "object" && typeof value.$ref === "string"
      ? inlined(doc.components.schemas[value.$ref.split("/").pop() ?? ""] ?? {})
      : value,
  ) as Schema;
}

/** Sends the request as each caller; returns what did not keep to the document. */
async function breaches(path: string, method: string, op: Operation): Promise<string[]> {
  const found: string[] = [];
  for (const request of requestsFor(path, method, op))
    for (const [who, headers] of Object.entries(callers)) {
      const url = new URL(`${server.url}${request.path}`);
      for (const [k, v] of Object.entries(request.query ?? {})) url.searchParams.set(k, v);
      const abort = new AbortController();
      const res = await fetch(url, {
        method: method.toUpperCase(),
        signal: abort.signal,
        headers: {
          ...headers,
          ...(request.json ? { "content-type": "application/json" } : {}),
        },
        body: request.body,
      });
      requests++;
      const label = `${method.toUpperCase()} ${request.path} (${request.what}, ${who}) → ${res.status}`;
      const documented = op.responses[String(res.status)];
      if (!documented) {
        found.push(`${label}: status not in the document: ${(await res.text()).slice(0, 200)}`);
        continue;
      }
      const media = baseType(res.headers.get("content-type") ?? "");
      const content = Object.entries(documented.content ?? {}).find(([m]) => baseType(m) === media);
      if (!content) {
        abort.abort();
        found.push(`${label}: media type ${media} not in the document`);
        continue;
      }
      if (media === "text/event-stream") {
        abort.abort(); // a live stream never ends by itself
        continue;
      }
      if (media !== "application/json") {
        await res.arrayBuffer();
        continue;
      }
      const body: unknown = await res.json();
      const parsed = z.fromJSONSchema(inlined(content[1].schema) as never).safeParse(body);
      if (!parsed.success)
        found.push(
          `${label}: body not as documented: ${JSON.stringify(parsed.error.issues).slice(0, 400)}`,
        );
    }
  return found;
}

/** Reads before writes, and what ends credentials (revoking, signing out) last of all. */
function order(path: string, method: string): number {
  if (path === "/api/session" && method !== "get") return 4;
  if (method === "delete") return 3;
  if (path.endsWith("/state")) return 2;
  return method === "get" ? 0 : 1;
}

describe("the API keeps to its document", () => {
  it("describes every operation with the statuses it may answer", () => {
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
    expect(operations.length).toBeGreaterThanOrEqual(30);
    for (const op of operations) expect(Object.keys(op.responses)).toContain("401");
  });

  it("answers hundreds of schema-made requests only as documented", async () => {
    const operations = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
      .sort((a, b) => order(a.path, a.method) - order(b.path, b.method));
    const found: string[] = [];
    for (const { path, method, op } of operations)
      found.push(...(await breaches(path, method, op)));
    expect(found).toEqual([]);
    expect(requests).toBeGreaterThan(300);
  }, 120_000);
});
