import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { apiError } from "../api-error";
import type { AccountsStore } from "../store/accounts-store";
import type { TokensStore } from "../store/tokens-store";
import { type Actor, type AppEnv, roleOf } from "./actor";
import { hashToken, sameToken } from "./tokens";

export const sessionCookie = "kp_session";
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Works out who is asking: the session cookie (accounts), or a bearer token (an evaluator's personal
 * link, a wall screen's display token). Cookie-authenticated writes must carry the session's CSRF
 * token; bearer tokens cannot be sent by another site's form, so they need none. A display token may
 * also come as `?token=` on a read (for EventSource).
 */
export function identify(accounts: AccountsStore, tokens: TokensStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let actor: Actor | null = null;
    const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
    // EventSource cannot send headers: a wall screen's live stream passes its token as ?token=.
    // Only on reads, and only display tokens, so a personal scoring link never travels in a URL.
    const queryToken = safeMethods.has(c.req.method) ? c.req.query("token")?.trim() : undefined;
    if (bearer) {
      actor = await tokens.resolve(hashToken(bearer));
      if (!actor) return apiError(c, 401, "link_revoked");
    } else if (queryToken) {
      actor = await tokens.resolve(hashToken(queryToken));
      if (actor?.kind !== "display") return apiError(c, 401, "link_revoked");
    } else {
      const cookie = getCookie(c, sessionCookie);
      const session = cookie ? await accounts.findSession(hashToken(cookie)) : undefined;
      if (session && cookie) actor = { kind: "user", ...session, sessionHash: hashToken(cookie) };
      if (actor?.kind === "user" && !safeMethods.has(c.req.method)) {
        // A second line behind the CSRF token: a browser names the page a write comes from.
        if (!sameSite(c.req.header("origin"), c.get("facts").host))
          return apiError(c, 403, "foreign_origin");
        const sent = c.req.header("x-csrf-token") ?? "";
        if (!sameToken(sent, actor.csrfToken)) return apiError(c, 403, "csrf_failed");
      }
    }
    c.set("actor", actor);
    await next();
  };
}

/**
 * Whether a request's Origin header is this site: the host the browser addressed. No Origin at all
 * (scripts, older browsers on same-site requests) passes, as the CSRF token still guards it;
 * "null" (sandboxed frames, some redirects) and any other site do not.
 */
export function sameSite(origin: string | undefined, host: string): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === host;
  } catch {
    return false;
  }
}

/**
 * Whether the credentials a request came with still name someone: false once its session ended or
 * its token was revoked. A long-lived stream asks again while it runs, not only when it opened.
 */
export function credentialsStillValid(accounts: AccountsStore, tokens: TokensStore) {
  return async (c: Context<AppEnv>): Promise<boolean> => {
    const actor = c.get("actor");
    if (!actor) return true; // an anonymous reader has nothing to lose
    if (actor.kind === "user") return (await accounts.findSession(actor.sessionHash)) !== undefined;
    const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
    const token = bearer ?? c.req.query("token")?.trim();
    return token !== undefined && (await tokens.resolve(hashToken(token))) !== null;
  };
}

type AnyRole = NonNullable<ReturnType<typeof roleOf>>;

/** Refuses the request unless the actor has one of the roles (401 when nobody is signed in). */
export function requireRole(...roles: AnyRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const role = roleOf(c.get("actor"));
    if (!role) return apiError(c, 401, "unauthenticated");
    if (!roles.includes(role)) return apiError(c, 403, "forbidden");
    await next();
  };
}

/** Reads need an identity unless the deployment lets anonymous visitors read (on in demo). */
export function readAccess(anonymousRead: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!anonymousRead && safeMethods.has(c.req.method) && !c.get("actor"))
      return apiError(c, 401, "unauthenticated");
    await next();
  };
}
