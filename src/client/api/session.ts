import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { Role } from "../../domain/roles";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

export type SessionResponse = InferResponseType<typeof api.session.$get, 200>;
export type { Role };

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session(),
    queryFn: () => readJson<SessionResponse>(api.session.$get()),
    staleTime: 60_000,
  });

/** Who is signed in; `user` is null for visitors. */
export const useSession = () => useQuery(sessionQueryOptions());

/** The signed-in account's role, or null. */
export function useRole(): Role | null {
  const session = useSession().data;
  return session && "user" in session && session.user ? session.user.role : null;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      readJson<SessionResponse>(api.session.$post({ json: credentials })),
    onSuccess: (session) => {
      client.setQueryData(queryKeys.session(), session);
      // What a signed-in account may read can differ: refetch everything else.
      client.invalidateQueries({ predicate: (q) => q.queryKey[1] !== "session" });
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => readJson<{ ok: boolean }>(api.session.$delete()),
    onSuccess: () => {
      client.setQueryData(queryKeys.session(), { user: null, actor: null });
      client.invalidateQueries({ predicate: (q) => q.queryKey[1] !== "session" });
    },
  });
}
