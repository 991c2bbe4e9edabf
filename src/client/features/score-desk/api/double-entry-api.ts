import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../../api/api-client";
import { queryClient } from "../../../api/query-client";
import { queryKeys } from "../../../api/query-keys";
import { readJson } from "../../../api/read-json";
import { currentLang } from "../../../i18n/lang";
import type { SheetBody } from "./desk-api";

const route = api.events[":id"]["double-entry"];
export type DoubleEntryList = InferResponseType<typeof route.$get, 200>;
export type MismatchView = DoubleEntryList["mismatches"][number];
export type EntryOutcome =
  | { outcome: "first" }
  | { outcome: "matched"; sheet: { version: number } }
  | { outcome: "mismatch"; mismatchId: number };

/** Keyings waiting for a second pass and mismatches waiting for review (values only for reviewers). */
export const useDoubleEntry = (eventId: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.eventDoubleEntry(eventId),
      queryFn: () => readJson<DoubleEntryList>(route.$get({ param: { id: eventId } })),
    }),
  );

/** POST with the typed client's headers (language, CSRF); plain fetch: these routes read raw bodies. */
function postJson<T>(path: string, body: unknown) {
  const session = queryClient.getQueryData<{ csrfToken?: string }>(queryKeys.session());
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Accept-Language": currentLang(),
  };
  if (session?.csrfToken) headers["X-CSRF-Token"] = session.csrfToken;
  return readJson<T>(fetch(path, { method: "POST", headers, body: JSON.stringify(body) }));
}

const eventPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/double-entry`;

/** One blind keying of one paper sheet. */
export const postEntry = (
  eventId: string,
  evaluatorId: string,
  projectId: string,
  body: Omit<SheetBody, "reason">,
) =>
  postJson<EntryOutcome>(
    `${eventPath(eventId)}/${encodeURIComponent(evaluatorId)}/${encodeURIComponent(projectId)}`,
    body,
  );

/** The third look: the values read from the paper, and why. */
export const resolveMismatch = (eventId: string, mismatchId: number, body: SheetBody) =>
  postJson<{ outcome: "resolved" }>(`${eventPath(eventId)}/mismatches/${mismatchId}/resolve`, body);
