import { useQuery } from "@tanstack/react-query";
import { linkCredentials } from "../../../api/credentials";
import { useEvent, useSheets } from "../../../api/events";
import { useProjects } from "../../../api/projects";
import { isAccessRevoked } from "../../../api/read-json";
import { linkSessionQueryOptions } from "../../../api/session";
import {
  putSheet as putAnySheet,
  type SheetBody,
  type SheetTarget,
} from "../../../api/sheet-writes";

export type { LinkSession } from "../../../api/session";
export type { PutResult, StoredSheet } from "../../../api/sheet-writes";

/**
 * The personal link's token is a bearer token: every call carries it, so the server knows the
 * evaluator and refuses a revoked link (401 link_revoked) on any request.
 */
export const isRevoked = isAccessRevoked;

export const useLinkSession = (token: string) => useQuery(linkSessionQueryOptions(token));
export const useLinkEvent = (token: string, eventId: string | undefined) =>
  useEvent(eventId, linkCredentials(token));
export const useLinkSheets = (token: string, eventId: string | undefined) =>
  useSheets(eventId, linkCredentials(token));
export const useLinkProjects = (token: string) => useProjects(linkCredentials(token));

/** PUT one sheet: the same Idempotency-Key on every retry makes a repeat harmless. */
export const putSheet = (
  token: string,
  target: SheetTarget,
  body: SheetBody,
  options: { idempotencyKey: string; baseVersion: number },
) => putAnySheet(linkCredentials(token), target, body, options);
