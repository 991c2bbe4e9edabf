import { hc } from "hono/client";
import type { ApiType } from "../../server/app";
import { currentLang } from "../i18n/lang";
import { queryClient } from "./query-client";
import { queryKeys } from "./query-keys";

/** The CSRF token of the signed-in session, from the session query (the one copy of it). */
function csrfToken(): string | undefined {
  const session = queryClient.getQueryData<{ csrfToken?: string }>(queryKeys.session());
  return session?.csrfToken;
}

/**
 * Typed client of the server's API routes. Error messages come back in the UI's language, and
 * writes carry the session's CSRF token.
 */
export const api = hc<ApiType>("/api", {
  headers: (): Record<string, string> => {
    const token = csrfToken();
    return { "Accept-Language": currentLang(), ...(token ? { "X-CSRF-Token": token } : {}) };
  },
});
