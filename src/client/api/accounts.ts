import type { InferResponseType } from "hono/client";
import type { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type AccountsData = InferResponseType<typeof api.accounts.$get, 200>;
export type Account = AccountsData["accounts"][number];

/** Every account with its role and state (admins only). */
export const accountsQueryOptions = () =>
  readQuery<AccountsData>(queryKeys.accounts(), sessionCredentials, (c) => c.accounts.$get());
