import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { EventState } from "../../../../domain/scoring-schemas";
import { api } from "../../../api/api-client";
import { sessionCredentials } from "../../../api/credentials";
import { auditQueryOptions, linksQueryOptions } from "../../../api/events";
import { queryKeys } from "../../../api/query-keys";
import { readJson } from "../../../api/read-json";
import { putSheet as putAnySheet, type SheetBody } from "../../../api/sheet-writes";

export type { AuditResponse, LinksResponse } from "../../../api/events";
export type { SheetBody } from "../../../api/sheet-writes";
export type IssuedLink = { evaluatorId: string; token: string; path: string };

const byId = api.events[":id"];

export const useAudit = (eventId: string) => useQuery(auditQueryOptions(eventId));
export const useLinks = (eventId: string) => useQuery(linksQueryOptions(eventId));

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

/** PUT one sheet from the desk. `version` 0 means "must not exist yet". */
export const putSheet = (
  eventId: string,
  evaluatorId: string,
  projectId: string,
  body: SheetBody,
  version: number,
) =>
  putAnySheet(sessionCredentials, { eventId, evaluatorId, projectId }, body, {
    baseVersion: version,
  });
