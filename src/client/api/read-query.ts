import { queryOptions } from "@tanstack/react-query";
import { type ApiClient, apiClient } from "./api-client";
import { type Credentials, credentialScope } from "./credentials";
import { readJson } from "./read-json";

/**
 * The query options of one read endpoint: its key from the factory (scoped to a token's reads),
 * the request made with the given credentials, and errors as ApiError — the same for every client.
 */
export function readQuery<T>(
  key: readonly string[],
  credentials: Credentials,
  request: (api: ApiClient) => Promise<Response>,
) {
  return queryOptions({
    queryKey: [...key, ...credentialScope(credentials)],
    queryFn: () => readJson<T>(request(apiClient(credentials))),
  });
}
