import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType } from "hono/client";
import type { Evaluator, InspectionEvent } from "../../domain/scoring-schemas";
import { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";
import { readQuery } from "./read-query";

export type NewEventBody = InferRequestType<typeof api.events.$post>["json"];
export type EventEditBody = InferRequestType<(typeof api.events)[":id"]["$put"]>["json"];
/** What a draft write or read answers (its routes answer through the idempotency store, untyped). */
export type DraftAnswer = {
  event: InspectionEvent;
  evaluators: Evaluator[];
  version: number;
  sheetCount: number;
};

export const eventDraftQueryOptions = (id: string) =>
  readQuery<DraftAnswer>(queryKeys.eventDraft(id), sessionCredentials, (c) =>
    c.events[":id"].draft.$get({ param: { id } }),
  );

/** An event as its editor sees it: the roster with names, the version to send back. */
export const useEventDraft = (id: string | undefined) =>
  useQuery({ ...eventDraftQueryOptions(id ?? ""), enabled: Boolean(id) });

/** One key per click (see problems.ts): a request the network repeats is stored once. */
const onceKey = () => ({
  "Idempotency-Key": Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join(""),
});

/** 新建观摩会: the event list refreshes as soon as it is stored. */
export function useCreateEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewEventBody) =>
      readJson<DraftAnswer>(api.events.$post({ json: body }, { headers: onceKey() })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.events() }),
  });
}

/** Saves a draft against the version it was read at: someone else's edit in between is a 412. */
export function useSaveEventDraft(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: EventEditBody; version: number }) =>
      readJson<DraftAnswer>(
        api.events[":id"].$put(
          { param: { id }, json: body },
          { headers: { ...onceKey(), "If-Match": `"v${version}"` } },
        ),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.events() }),
  });
}

/** Opens a draft for scoring through the lifecycle every event follows. */
export function useOpenEvent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      readJson<{ event: { id: string; state: string } }>(
        api.events[":id"].state.$post({ param: { id }, json: { state: "open" } }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.events() }),
  });
}
