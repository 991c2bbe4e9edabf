import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { EventState, Vote } from "../../../../domain/scoring-schemas";
import { api } from "../../../api/api-client";
import { queryClient } from "../../../api/query-client";
import { queryKeys } from "../../../api/query-keys";
import { readJson } from "../../../api/read-json";
import { currentLang } from "../../../i18n/lang";

const byId = api.events[":id"];
export type AuditResponse = InferResponseType<typeof byId.audit.$get, 200>;
export type LinksResponse = InferResponseType<typeof byId.links.$get, 200>;
export type IssuedLink = { evaluatorId: string; token: string; path: string };

export const useAudit = (eventId: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.eventAudit(eventId),
      queryFn: () =>
        readJson<AuditResponse>(byId.audit.$get({ param: { id: eventId }, query: {} })),
    }),
  );

export const useLinks = (eventId: string) =>
  useQuery(
    queryOptions({
      queryKey: queryKeys.eventLinks(eventId),
      queryFn: () => readJson<LinksResponse>(byId.links.$get({ param: { id: eventId } })),
    }),
  );

/** Issues (or reissues: the old link stops working) an evaluator's personal link. */
export const issueLink = (eventId: string, evaluatorId: string) =>
  readJson<IssuedLink>(byId.links[":evaluatorId"].$post({ param: { id: eventId, evaluatorId } }));

export function useLinkMutations(eventId: string) {
  const client = useQueryClient();
  const settle = () => {
    client.invalidateQueries({ queryKey: queryKeys.eventLinks(eventId) });
    client.invalidateQueries({ queryKey: queryKeys.eventAudit(eventId) });
  };
  const issue = useMutation({
    mutationFn: (evaluatorId: string) => issueLink(eventId, evaluatorId),
    onSettled: settle,
  });
  const revoke = useMutation({
    mutationFn: (evaluatorId: string) =>
      readJson<{ revoked: boolean }>(
        byId.links[":evaluatorId"].$delete({ param: { id: eventId, evaluatorId } }),
      ),
    onSettled: settle,
  });
  return { issue, revoke };
}

export function useSetEventState(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { state: EventState; reason?: string }) =>
      readJson<{ event: { id: string; state: EventState } }>(
        byId.state.$post({ param: { id: eventId }, json: body }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.events() }),
  });
}

export type SheetBody = {
  scores: Record<string, number>;
  vote: Vote;
  comment?: string;
  reason?: string;
};

/**
 * PUT one sheet. Plain fetch because the route reads its body itself (so the typed client has no
 * body type); same headers as the typed client. `version` 0 means "must not exist yet".
 */
export function putSheet(
  eventId: string,
  evaluatorId: string,
  projectId: string,
  body: SheetBody,
  version: number,
) {
  const session = queryClient.getQueryData<{ csrfToken?: string }>(queryKeys.session());
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Accept-Language": currentLang(),
    "If-Match": `"v${version}"`,
  };
  if (session?.csrfToken) headers["X-CSRF-Token"] = session.csrfToken;
  const path = [eventId, "sheets", evaluatorId, projectId].map(encodeURIComponent).join("/");
  return readJson<{ sheet: { version: number }; outcome: string }>(
    fetch(`/api/events/${path}`, { method: "PUT", headers, body: JSON.stringify(body) }),
  );
}
