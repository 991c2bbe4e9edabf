import type { InferRequestType } from "hono/client";
import { api, apiClient } from "./api-client";
import type { Credentials } from "./credentials";
import type { SheetsResponse } from "./events";
import { readJson } from "./read-json";

const sheetRoute = api.events[":id"].sheets[":evaluatorId"][":projectId"];
/** A score sheet as the write routes take it (typed by the route's own schema). */
export type SheetBody = InferRequestType<typeof sheetRoute.$put>["json"];
export type StoredSheet = SheetsResponse["sheets"][number];
export type PutResult = { sheet: StoredSheet; outcome: "created" | "updated" | "unchanged" };
export type SheetTarget = { eventId: string; evaluatorId: string; projectId: string };

/**
 * PUT one sheet, for the desk (session) and the phone (its link) alike. `baseVersion` goes out as
 * If-Match (0: must not exist yet), so a sheet changed meanwhile is refused with 412 rather than
 * overwritten; an Idempotency-Key, the same on every retry, makes a repeat harmless.
 */
export function putSheet(
  credentials: Credentials,
  { eventId, evaluatorId, projectId }: SheetTarget,
  body: SheetBody,
  options: { baseVersion: number; idempotencyKey?: string },
) {
  const headers: Record<string, string> = { "If-Match": `"v${options.baseVersion}"` };
  if (options.idempotencyKey) headers["Idempotency-Key"] = options.idempotencyKey;
  return readJson<PutResult>(
    apiClient(credentials).events[":id"].sheets[":evaluatorId"][":projectId"].$put(
      { param: { id: eventId, evaluatorId, projectId }, json: body },
      { headers },
    ),
  );
}
