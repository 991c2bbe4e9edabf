import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { apiError } from "../api-error";
import type { AppEnv } from "../auth/actor";
import { sessionCookie } from "../auth/identify";
import { hashPassword, verifyPassword } from "../auth/password";
import type { SignInLimiter } from "../auth/rate-limit";
import { hashToken, randomToken } from "../auth/tokens";
import type { ChangeFeed } from "../live/change-feed";
import type { AccountsStore } from "../store/accounts-store";
import { validate } from "../validate";

const sessionTtlMs = 12 * 60 * 60 * 1000;
const signInSchema = z.object({
  username: z.string().trim().min(1, "username is required").max(64),
  password: z.string().min(1, "password is required").max(256),
});

let dummyHash: Promise<string> | undefined;

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Secure cookies wherever the app is reached over HTTPS (directly or behind a proxy). */
const overHttps = (c: { req: { url: string; header: (n: string) => string | undefined } }) =>
  c.req.url.startsWith("https:") || c.req.header("x-forwarded-proto") === "https";

export function sessionRoutes(accounts: AccountsStore, limiter: SignInLimiter, feed: ChangeFeed) {
  return new Hono<AppEnv>()
    .get("/", (c) => {
      const actor = c.get("actor");
      if (!actor) return c.json({ user: null, actor: null });
      if (actor.kind === "user")
        return c.json({
          user: actor.user,
          csrfToken: actor.csrfToken,
          actor: { kind: "user" as const, role: actor.user.role },
        });
      return c.json({ user: null, actor });
    })
    .post("/", validate("json", signInSchema), async (c) => {
      const { username, password } = c.req.valid("json");
      const address = clientAddress(c);
      const wait = limiter.retryAfter(username, address);
      if (wait > 0) {
        c.header("Retry-After", String(wait));
        return apiError(c, 429, "too_many_attempts", { seconds: String(wait) });
      }
      const account = accounts.findForSignIn(username);
      // Verify against a dummy hash when the account does not exist, so timing does not tell.
      dummyHash ??= hashPassword("no such account");
      const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyHash));
      if (!account || !ok) {
        limiter.fail(username, address);
        return apiError(c, 401, "invalid_credentials");
      }
      limiter.succeed(username);
      // A new session id at every sign-in: no session fixation.
      const token = randomToken();
      const csrfToken = randomToken();
      accounts.createSession(hashToken(token), account.id, csrfToken, sessionTtlMs);
      setCookie(c, sessionCookie, token, {
        httpOnly: true,
        sameSite: "Lax",
        secure: overHttps(c),
        path: "/",
        maxAge: sessionTtlMs / 1000,
      });
      const { passwordHash: _hash, ...user } = account;
      return c.json({ user, csrfToken, actor: { kind: "user" as const, role: user.role } });
    })
    .delete("/", (c) => {
      const actor = c.get("actor");
      if (actor?.kind === "user") {
        accounts.deleteSession(actor.sessionHash);
        feed.publish({ type: "access" });
      }
      deleteCookie(c, sessionCookie, { path: "/" });
      return c.json({ ok: true });
    });
}
