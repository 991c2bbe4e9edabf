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

/** Keyed under the event, so a sheet arriving redrafts it with the results. */
export const bulletinQueryOptions = (id: string, lang: Lang) =>
  readQuery<BulletinResponse>(queryKeys.eventBulletin(id, lang), sessionCredentials, (c) =>
    c.events[":id"].bulletin.$get({ param: { id }, query: { lang } }),
  );

export const useBulletin = (id: string | undefined, lang: Lang) =>
  useQuery({ ...bulletinQueryOptions(id ?? "", lang), enabled: Boolean(id) });
