import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { Lang } from "../../domain/i18n";
import type { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type BulletinResponse = InferResponseType<
  (typeof api.events)[":id"]["bulletin"]["$get"],
  200
>;

/** Which bulletin: an inspection's (from its results) or a dispatch round's (from its agenda). */
export type BulletinSource =
  | { kind: "event"; eventId: string }
  | { kind: "dispatch"; period: string };

/** Keyed under the event or the agenda, so what changes those redrafts the bulletin with them. */
export const bulletinQueryOptions = (source: BulletinSource, lang: Lang) =>
  source.kind === "event"
    ? readQuery<BulletinResponse>(
        queryKeys.eventBulletin(source.eventId, lang),
        sessionCredentials,
        (c) => c.events[":id"].bulletin.$get({ param: { id: source.eventId }, query: { lang } }),
      )
    : readQuery<BulletinResponse>(
        [...queryKeys.dispatch(source.period), "bulletin", lang],
        sessionCredentials,
        (c) =>
          c.dispatch[":period"].bulletin.$get({
            param: { period: source.period },
            query: { lang },
          }),
      );

export const useBulletin = (source: BulletinSource, lang: Lang) =>
  useQuery(bulletinQueryOptions(source, lang));
