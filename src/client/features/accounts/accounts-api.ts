import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import { accountsQueryOptions } from "../../api/accounts";
import { api } from "../../api/api-client";
import { queryKeys } from "../../api/query-keys";
import { readJson } from "../../api/read-json";

export type { Account } from "../../api/accounts";

const accountsApi = api.accounts;
export type NewAccount = InferRequestType<typeof accountsApi.$post>["json"];
export type CreatedAccount = InferResponseType<typeof accountsApi.$post, 201>;
export type ResetAccount = InferResponseType<
  (typeof accountsApi)[":username"]["reset-password"]["$post"],
  200
>;

export type LinkedAccount = InferResponseType<
  (typeof accountsApi)[":username"]["password-link"]["$post"],
  200
>;

export const useAccounts = () => useQuery(accountsQueryOptions());

/** Every change refreshes the list: a state, a role or a new row. */
function useAccountMutation<In, Out>(run: (input: In) => Promise<Out>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.accounts() }),
  });
}

export const useCreateAccount = () =>
  useAccountMutation((json: NewAccount) => readJson<CreatedAccount>(accountsApi.$post({ json })));

export const useSetAccountDisabled = () =>
  useAccountMutation(({ username, disabled }: { username: string; disabled: boolean }) =>
    readJson(
      disabled
        ? accountsApi[":username"].disable.$post({ param: { username } })
        : accountsApi[":username"].enable.$post({ param: { username } }),
    ),
  );

/** A set-password link instead of a one-time password; any earlier link stops working. */
export const useSendPasswordLink = () =>
  useAccountMutation((username: string) =>
    readJson<LinkedAccount>(
      accountsApi[":username"]["password-link"].$post({ param: { username } }),
    ),
  );

export const useResetPassword = () =>
  useAccountMutation((username: string) =>
    readJson<ResetAccount>(
      accountsApi[":username"]["reset-password"].$post({ param: { username } }),
    ),
  );
