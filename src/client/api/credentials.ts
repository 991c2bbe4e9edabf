/**
 * Who a request speaks for. The dashboard rides on the session cookie (writes add its CSRF token);
 * an evaluator's phone and a wall screen carry their token as a bearer token instead.
 */
export type Credentials =
  | { kind: "session" }
  | { kind: "link"; token: string }
  | { kind: "display"; token: string };

export const sessionCredentials: Credentials = { kind: "session" };
export const linkCredentials = (token: string): Credentials => ({ kind: "link", token });
export const displayCredentials = (token: string): Credentials => ({ kind: "display", token });

/** The headers that prove who asks (besides the cookie, which the browser adds by itself). */
export function credentialHeaders(
  credentials: Credentials,
  csrfToken: string | undefined,
): Record<string, string> {
  if (credentials.kind !== "session") return { Authorization: `Bearer ${credentials.token}` };
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
}

/**
 * What a token-read query adds to its key, so two links (or a link and the signed-in desk) on one
 * device never share cached answers. Appended at the end: prefix invalidation still reaches it.
 */
export function credentialScope(credentials: Credentials): readonly string[] {
  return credentials.kind === "session" ? [] : [`${credentials.kind}:${credentials.token}`];
}

/**
 * The live stream's address. EventSource sends no headers, so a display token rides in the query;
 * a personal scoring link never travels in a URL, so the phone listens as an anonymous reader
 * (change notices name only ids, never values).
 */
export function liveStreamUrl(credentials: Credentials): string {
  return credentials.kind === "display"
    ? `/api/live?token=${encodeURIComponent(credentials.token)}`
    : "/api/live";
}
