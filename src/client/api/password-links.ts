import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

const links = api["password-links"];
export type PasswordLinkInfo = InferResponseType<typeof links.check.$post, 200>;

/** Whose account a set-password link is for; refused links answer their reason as an ApiError. */
export const passwordLinkQueryOptions = (token: string) =>
  queryOptions({
    queryKey: queryKeys.passwordLink(token),
    queryFn: () => readJson<PasswordLinkInfo>(links.check.$post({ json: { token } })),
    // A refusal (expired, used, replaced) will not change by asking again.
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const usePasswordLink = (token: string) => useQuery(passwordLinkQueryOptions(token));

/** Chooses the password through the link, which is then used up. */
export const useSetPasswordByLink = () =>
  useMutation({
    mutationFn: (json: { token: string; password: string }) =>
      readJson<{ username: string }>(links.use.$post({ json })),
  });
