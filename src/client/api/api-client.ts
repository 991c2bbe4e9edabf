import { hc } from "hono/client";
import type { ApiType } from "../../server/app";
import { currentLang } from "../i18n/lang";
import { type Credentials, credentialHeaders, sessionCredentials } from "./credentials";
import { queryClient } from "./query-client";
import { queryKeys } from "./query-keys";

/** The CSRF token of the signed-in session, from the session query (the one copy of it). */
function csrfToken(): string | undefined {
  const session = queryClient.getQueryData<{ csrfToken?: string }>(queryKeys.session());
  return session?.csrfToken;
}

const createClient = (credentials: Credentials) =>
  hc<ApiType>("/api", {
    headers: (): Record<string, string> => ({
      "Accept-Language": currentLang(),
      ...credentialHeaders(credentials, csrfToken()),
    }),
  });
export type ApiClient = ReturnType<typeof createClient>;

const clients = new Map<string, ApiClient>();

/**
 * The typed client of the server's API for one set of credentials. Error messages come back in
 * the UI's language; session writes carry the CSRF token, token requests their bearer token.
 */
export function apiClient(credentials: Credentials = sessionCredentials): ApiClient {
  const id =
    credentials.kind === "session" ? "session" : `${credentials.kind}:${credentials.token}`;
  let client = clients.get(id);
  if (!client) {
    client = createClient(credentials);
    clients.set(id, client);
  }
  return client;
}

/** The signed-in dashboard's client. */
export const api = apiClient(sessionCredentials);
