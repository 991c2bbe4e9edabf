import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../api/api-client";
import { queryKeys } from "../../api/query-keys";
import { readJson } from "../../api/read-json";

const tokensApi = api["display-tokens"];
export type TokensData = InferResponseType<typeof tokensApi.$get, 200>;
export type CreatedToken = InferResponseType<typeof tokensApi.$post, 201>;
export type ScreensData = InferResponseType<typeof api.display.screens.$get, 200>;

// Under the factory's root, so signing out (which clears "api") clears it too.
const screensKey = () => [...queryKeys.all, "display-screens"] as const;

export const useDisplayTokens = () =>
  useQuery({
    queryKey: queryKeys.displayTokens(),
    queryFn: () => readJson<TokensData>(tokensApi.$get()),
    refetchInterval: 60_000,
  });

export const useDisplayScreens = () =>
  useQuery({
    queryKey: screensKey(),
    queryFn: () => readJson<ScreensData>(api.display.screens.$get()),
    refetchInterval: 30_000,
  });

export function useCreateDisplayToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => readJson<CreatedToken>(tokensApi.$post({ json: { label } })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.displayTokens() }),
  });
}

export function useRevokeDisplayToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => readJson(tokensApi[":id"].$delete({ param: { id } })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: queryKeys.displayTokens() });
      client.invalidateQueries({ queryKey: screensKey() });
    },
  });
}
