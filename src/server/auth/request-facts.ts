import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";

/**
 * What the server may believe about where a request came from. `X-Forwarded-*` headers are only
 * believed behind a reverse proxy the operator names (TRUST_PROXY): otherwise anyone could claim
 * any address (to dodge the sign-in limit) or claim HTTPS.
 */
export type RequestFacts = {
  /** The client's address: the socket's peer, or what the trusted proxy says. */
  address: string;
  /** Whether the browser reached us over HTTPS (directly, or at the trusted proxy). */
  https: boolean;
  /** The host (and port) the browser addressed, lower case. */
  host: string;
};

/** How many reverse proxies in front of the server to believe; 0 believes none. */
export type TrustProxy = number;

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // not served by Node (e.g. app.request in a test)
  }
}

/** The entry `hops` from the right of a comma list: each trusted proxy appends one. */
function fromRight(header: string | undefined, hops: number): string | undefined {
  const list = (header ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length >= hops ? list[list.length - hops] : list[0];
}

export function requestFacts(c: Context, trustProxy: TrustProxy): RequestFacts {
  const direct: RequestFacts = {
    address: peerAddress(c),
    https: new URL(c.req.url).protocol === "https:",
    host: (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase(),
  };
  if (trustProxy <= 0) return direct;
  const address = fromRight(c.req.header("x-forwarded-for"), trustProxy);
  const proto = fromRight(c.req.header("x-forwarded-proto"), trustProxy)?.toLowerCase();
  const host = fromRight(c.req.header("x-forwarded-host"), trustProxy)?.toLowerCase();
  return {
    address: address || direct.address,
    https: proto ? proto === "https" : direct.https,
    host: host || direct.host,
  };
}

export type FactsEnv = { Variables: { facts: RequestFacts } };

/** Works the facts out once per request, for every later handler (c.get("facts")). */
export function rememberRequestFacts(trustProxy: TrustProxy): MiddlewareHandler<FactsEnv> {
  return async (c, next) => {
    c.set("facts", requestFacts(c, trustProxy));
    await next();
  };
}
