import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { roleSchema } from "../../domain/roles";
import { documented } from "../api-doc";
import { apiError } from "../api-error";
import type { AppEnv } from "../auth/actor";
import { sessionCookie } from "../auth/identify";
import { hashPassword, verifyPassword } from "../auth/password";
import type { SignInLimiter } from "../auth/rate-limit";
import { hashToken, randomToken } from "../auth/tokens";
import type { ChangeFeed } from "../live/change-feed";
import type { AccountsStore, User } from "../store/accounts-store";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";

const sessionTtlMs = 12 * 60 * 60 * 1000;
const signInSchema = z.object({
  username: z.string().trim().min(1, "username is required").max(64),
  password: z.string().min(1, "password is required").max(256),
});

const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** A responsible-unit account's unit (a project's responsibleUnit). */
  unit: z.string().optional(),
  /** The projects a unit account may report for. */
  projectIds: z.array(z.string()).optional(),
});
const signedInSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  actor: z.object({ kind: z.literal("user"), role: userSchema.shape.role }),
});
const sessionSchema = z.union([
  signedInSchema,
  z.object({
    user: z.null(),
    actor: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("evaluator"), evaluatorId: z.string(), eventId: z.string() }),
        z.object({ kind: z.literal("display"), tokenId: z.string() }),
      ])
      .nullable(),
  }),
]);
const tags = ["session"];

let dummyHash: Promise<string> | undefined;

export function sessionRoutes(
  accounts: AccountsStore,
  limiter: SignInLimiter,
  feed: ChangeFeed,
  store: ReadStore,
) {
  /** The account as the client sees it; a unit account also names the projects it reports for. */
  const view = async (user: User) =>
    user.role === "unit" && user.unit
      ? { ...user, projectIds: await store.unitProjectIds(user.unit) }
      : user;
  return new Hono<AppEnv>()
    .get(
      "/",
      documented({
        summary: "Who is signed in (and the CSRF token for cookie-authenticated writes)",
        tags,
        answers: { 200: sessionSchema },
      }),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return c.json({ user: null, actor: null });
        if (actor.kind === "user")
          return c.json({
            user: await view(actor.user),
            csrfToken: actor.csrfToken,
            actor: { kind: "user" as const, role: actor.user.role },
          });
        return c.json({ user: null, actor });
      },
    )
    .post(
      "/",
      documented({
        summary: "Sign in with username and password; sets an HttpOnly session cookie",
        tags,
        answers: { 200: signedInSchema },
        errors: [400, 401, 413, 429],
      }),
      validate("json", signInSchema),
      async (c) => {
        const { username, password } = c.req.valid("json");
        const facts = c.get("facts");
        // Counted before the slow hash, so guesses sent all at once are limited too.
        const attempt = await limiter.begin(username, facts.address);
        if (!attempt.allowed) {
          const seconds = String(attempt.retryAfterSeconds);
          c.header("Retry-After", seconds);
          return apiError(c, 429, "too_many_attempts", { seconds });
        }
        const account = await accounts.findForSignIn(username);
        // Verify against a dummy hash when the account does not exist, so timing does not tell.
        dummyHash ??= hashPassword("no such account");
        const ok = await verifyPassword(password, account?.passwordHash ?? (await dummyHash));
        if (!account || !ok) return apiError(c, 401, "invalid_credentials");
        await attempt.succeeded();
        // Signing in again in this browser ends the session it had: an old cookie copied
        // elsewhere stops working, and no session outlives the one that replaced it.
        const previous = getCookie(c, sessionCookie);
        if (previous) {
          await accounts.deleteSession(hashToken(previous));
          feed.publish({ type: "access" }); // a live stream on the old session ends
        }
        // A new session id at every sign-in: no session fixation.
        const token = randomToken();
        const csrfToken = randomToken();
        await accounts.createSession(hashToken(token), account.id, csrfToken, sessionTtlMs);
        setCookie(c, sessionCookie, token, {
          httpOnly: true,
          sameSite: "Lax",
          secure: facts.https,
          path: "/",
          maxAge: sessionTtlMs / 1000,
        });
        const { passwordHash: _hash, ...user } = account;
        return c.json({
          user: await view(user),
          csrfToken,
          actor: { kind: "user" as const, role: user.role },
        });
      },
    )
    .delete(
      "/",
      documented({
        summary: "Sign out",
        tags,
        answers: { 200: z.object({ ok: z.literal(true) }) },
        errors: [413],
      }),
      async (c) => {
        const actor = c.get("actor");
        if (actor?.kind === "user") {
          await accounts.deleteSession(actor.sessionHash);
          feed.publish({ type: "access" });
        }
        deleteCookie(c, sessionCookie, { path: "/" });
        return c.json({ ok: true });
      },
    );
}
