import { queryOptions, useQuery } from "@tanstack/react-query";
import type { SheetInput } from "../../../../domain/sheet-input";
import type { EventResponse, SheetsResponse } from "../../../api/events";
import type { ProjectsResponse } from "../../../api/projects";
import { queryKeys } from "../../../api/query-keys";
import { ApiError, readJson } from "../../../api/read-json";
import { currentLang } from "../../../i18n/lang";

/**
 * The personal link's token is a bearer token: every call carries it, so the server knows the
 * evaluator and refuses a revoked link (401 link_revoked) on any request.
 */
export function linkFetch(token: string, path: string, init: RequestInit = {}) {
  return fetch(`/api${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      "Accept-Language": currentLang(),
      ...(init.body ? { "Content-Type": "application/json" } : {}),
      ...init.headers,
    },
  });
}

/** A revoked or unknown personal link (the server answers 401 link_revoked to any call). */
export const isRevoked = (error: unknown) =>
  error instanceof ApiError && (error.code === "link_revoked" || error.status === 401);

export type LinkSession = { actor: { kind: "evaluator"; evaluatorId: string; eventId: string } };

// Keys hang under the shared factory's prefixes: the live stream's invalidation of an event's
// sheets refreshes this page too.
const linkSessionKey = (token: string) => [...queryKeys.session(), "link", token] as const;

export const useLinkSession = (token: string) =>
  useQuery(
    queryOptions({
      queryKey: linkSessionKey(token),
      queryFn: async () => {
        const body = await readJson<{ actor: LinkSession["actor"] | { kind: string } | null }>(
          linkFetch(token, "/session"),
        );
        if (body.actor?.kind !== "evaluator") throw new Error("not an evaluator link");
        return body as LinkSession;
      },
      staleTime: Number.POSITIVE_INFINITY,
    }),
  );

export const useLinkEvent = (token: string, eventId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.eventDetail(eventId ?? ""),
    queryFn: () => readJson<EventResponse>(linkFetch(token, `/events/${eventId}`)),
    enabled: Boolean(eventId),
  });

export const useLinkSheets = (token: string, eventId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.eventSheets(eventId ?? ""),
    queryFn: () => readJson<SheetsResponse>(linkFetch(token, `/events/${eventId}/sheets`)),
    enabled: Boolean(eventId),
  });

export const useLinkProjects = (token: string) =>
  useQuery({
    queryKey: queryKeys.projectList(),
    queryFn: () => readJson<ProjectsResponse>(linkFetch(token, "/projects")),
  });

export type StoredSheet = SheetsResponse["sheets"][number];
export type PutResult = { sheet: StoredSheet; outcome: "created" | "updated" | "unchanged" };

/** PUT one sheet: the same Idempotency-Key on every retry makes a repeat harmless. */
export function putSheet(
  token: string,
  target: { eventId: string; evaluatorId: string; projectId: string },
  body: SheetInput,
  options: { idempotencyKey: string; baseVersion: number },
) {
  const { eventId, evaluatorId, projectId } = target;
  return readJson<PutResult>(
    linkFetch(token, `/events/${eventId}/sheets/${evaluatorId}/${projectId}`, {
      method: "PUT",
      body: JSON.stringify(body),
      headers: {
        "Idempotency-Key": options.idempotencyKey,
        "If-Match": `"v${options.baseVersion}"`,
      },
    }),
  );
}
