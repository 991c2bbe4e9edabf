import type { InferResponseType } from "hono/client";
import type { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type TokensData = InferResponseType<(typeof api)["display-tokens"]["$get"], 200>;
export type ScreensData = InferResponseType<typeof api.display.screens.$get, 200>;

/** The wall screens' tokens (admins only). */
export const displayTokensQueryOptions = () =>
  readQuery<TokensData>(queryKeys.displayTokens(), sessionCredentials, (c) =>
    c["display-tokens"].$get(),
  );

/** The screens that reported lately, with their heartbeat (admins only). */
export const displayScreensQueryOptions = () =>
  readQuery<ScreensData>(queryKeys.displayScreens(), sessionCredentials, (c) =>
    c.display.screens.$get(),
  );
