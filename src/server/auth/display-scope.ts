import type { MiddlewareHandler } from "hono";
import { apiError } from "../api-error";
import type { AppEnv } from "./actor";

/**
 * What a wall screen's display token may call: exactly what the wall's panels read (projects,
 * categories, events, results, the live stream) and its heartbeat. Not raw sheets, comments, audit records,
 * links or exports: a token on a screen in a meeting room is easily copied, so it opens no more
 * than the screen shows. A new wall panel that reads another endpoint adds it here.
 */
const allowed: [method: string, path: RegExp][] = [
  ["GET", /^\/api\/(health|settings|session|live)$/],
  ["GET", /^\/api\/projects(\/[^/]+)?$/],
  ["GET", /^\/api\/events(\/[^/]+\/results)?$/],
  // The dispatch panel: a 旬's agenda, not its bulletin.
  ["GET", /^\/api\/dispatch\/\d{4}-\d{2}-[123]$/],
  ["POST", /^\/api\/display\/heartbeat$/],
  // Category names, order and colours: the ranking and overview panels lay out every category.
  ["GET", /^\/api\/categories$/],
];

export function displayMayCall(method: string, path: string): boolean {
  const m = method === "HEAD" ? "GET" : method;
  return allowed.some(([am, re]) => am === m && re.test(path));
}

/** Refuses a display token anything its wall does not show. */
export function displayScope(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get("actor")?.kind === "display" && !displayMayCall(c.req.method, c.req.path))
      return apiError(c, 403, "forbidden");
    await next();
  };
}
