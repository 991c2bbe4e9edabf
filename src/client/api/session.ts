import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { Role } from "../../domain/roles";
import { api, apiClient } from "./api-client";
import { credentialScope, linkCredentials, sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";
import { readQuery } from "./read-query";

export type SessionResponse = InferResponseType<typeof api.session.$get, 200>;
export type { Role };

export const sessionQueryOptions = () =>
  queryOptions({
    ...readQuery<SessionResponse>(queryKeys.session(), sessionCredentials, (c) => c.session.$get()),
    staleTime: 60_000,
  });

export type LinkActor = { kind: "evaluator"; evaluatorId: string; eventId: string };
export type LinkSession = { actor: LinkActor };

/** Whom a personal scoring link names; anything but an evaluator link is refused. */
export const linkSessionQueryOptions = (token: string) => {
  const credentials = linkCredentials(token);
  return queryOptions({
    queryKey: [...queryKeys.session(), ...credentialScope(credentials)],
    queryFn: async () => {
      const body = await readJson<{ actor: LinkActor | { kind: string } | null }>(
        apiClient(credentials).session.$get(),
      );
      if (body.actor?.kind !== "evaluator") throw new Error("not an evaluator link");
      return body as LinkSession;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
};

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
