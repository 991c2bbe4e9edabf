import { useQuery } from "@tanstack/react-query";
import { api } from "../../../api/api-client";
import { type DoubleEntryList, doubleEntryQueryOptions } from "../../../api/events";
import { readJson } from "../../../api/read-json";
import type { SheetBody } from "../../../api/sheet-writes";

export type { DoubleEntryList } from "../../../api/events";
export type MismatchView = DoubleEntryList["mismatches"][number];
export type EntryOutcome =
  | { outcome: "first" }
  | { outcome: "matched"; sheet: { version: number } }
  | { outcome: "mismatch"; mismatchId: number };

const route = api.events[":id"]["double-entry"];

/** Keyings waiting for a second pass and mismatches waiting for review (values only for reviewers). */
export const useDoubleEntry = (eventId: string) => useQuery(doubleEntryQueryOptions(eventId));

/** One blind keying of one paper sheet. */
export const postEntry = (
  eventId: string,
  evaluatorId: string,
  projectId: string,
  body: Omit<SheetBody, "reason">,
) =>
  readJson<EntryOutcome>(
    route[":evaluatorId"][":projectId"].$post({
      param: { id: eventId, evaluatorId, projectId },
      json: body,
    }),
  );

/** The third look: the values read from the paper, and why. */
export const resolveMismatch = (eventId: string, mismatchId: number, body: SheetBody) =>
  readJson<{ outcome: "resolved" }>(
    route.mismatches[":mismatchId"].resolve.$post({
      param: { id: eventId, mismatchId: String(mismatchId) },
      json: body,
    }),
  );
