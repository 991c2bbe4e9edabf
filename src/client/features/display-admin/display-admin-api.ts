import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { api } from "../../api/api-client";
import { displayScreensQueryOptions, displayTokensQueryOptions } from "../../api/display";
import { queryKeys } from "../../api/query-keys";
import { readJson } from "../../api/read-json";

export type { ScreensData, TokensData } from "../../api/display";

const tokensApi = api["display-tokens"];
export type CreatedToken = InferResponseType<typeof tokensApi.$post, 201>;

export const useDisplayTokens = () =>
  useQuery({ ...displayTokensQueryOptions(), refetchInterval: 60_000 });

export const useDisplayScreens = () =>
  useQuery({ ...displayScreensQueryOptions(), refetchInterval: 30_000 });

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
      client.invalidateQueries({ queryKey: queryKeys.displayScreens() });
    },
  });
}
