import { Hono } from "hono";
import { z } from "zod";
import { accountPasswordSchema } from "../../domain/account-password";
import { documented } from "../api-doc";
import { apiError } from "../api-error";
import type { AppEnv } from "../auth/actor";
import { hashPassword } from "../auth/password";
import type { SignInLimiter } from "../auth/rate-limit";
import { hashToken } from "../auth/tokens";
import type { LinkRefusal, PasswordLinksStore } from "../store/password-links-store";
import { validate } from "../validate";

type Deps = { passwordLinks: PasswordLinksStore; limiter: SignInLimiter };

// The token travels in the body, never in a URL the server or a proxy would log.
const token = z.string().trim().min(20).max(200);
const checkBody = z.strictObject({ token });
const useBody = z.strictObject({ token, password: accountPasswordSchema });
const linkAnswer = z.object({ username: z.string(), name: z.string(), expiresAt: z.string() });
const tags = ["session"];

const refusalCode = {
  unknown: "password_link_unknown",
  expired: "password_link_expired",
  used: "password_link_used",
  replaced: "password_link_replaced",
} as const satisfies Record<LinkRefusal, string>;

/**
 * The public side of set-password links: whoever holds a valid link may see whose account it is
 * and choose its password, once. Using one is limited like sign-in (per link and address, per
 * address), so links cannot be guessed by sending many at once.
 */
export function passwordLinkRoutes({ passwordLinks, limiter }: Deps) {
  const refused = (c: Parameters<typeof apiError>[0], why: LinkRefusal) =>
    why === "unknown" ? apiError(c, 404, refusalCode[why]) : apiError(c, 409, refusalCode[why]);
  return new Hono<AppEnv>()
    .post(
      "/check",
      documented({
        summary: "Whose account a set-password link is for, and until when it works (public)",
        description:
          "404 for a link that does not exist; 409 for one expired, used or replaced by a newer one, each with its own code.",
        tags,
        answers: { 200: linkAnswer },
        errors: [400, 404, 409, 413, 429],
      }),
      validate("json", checkBody),
      async (c) => {
        const attempt = await limiter.begin(
          `link:${c.req.valid("json").token.slice(0, 8)}`,
          c.get("facts").address,
        );
        if (!attempt.allowed) {
          c.header("Retry-After", String(attempt.retryAfterSeconds));
          return apiError(c, 429, "too_many_attempts", {
            seconds: String(attempt.retryAfterSeconds),
          });
        }
        const found = await passwordLinks.lookup(hashToken(c.req.valid("json").token));
        if (!found.ok) return refused(c, found.refused);
        await attempt.succeeded();
        return c.json({ username: found.username, name: found.name, expiresAt: found.expiresAt });
      },
    )
    .post(
      "/use",
      documented({
        summary:
          "Choose the account's password through a set-password link (public); the link is used up and the account's sessions end",
        description:
          "Limited like sign-in (429 with Retry-After). 404 / 409 as for /check. Audited.",
        tags,
        answers: { 200: z.object({ username: z.string() }) },
        errors: [400, 404, 409, 413, 429],
      }),
      validate("json", useBody),
      async (c) => {
        const body = c.req.valid("json");
        // Counted before the slow hash, so many tries sent at once are limited too.
        const attempt = await limiter.begin(
          `link:${body.token.slice(0, 8)}`,
          c.get("facts").address,
        );
        if (!attempt.allowed) {
          c.header("Retry-After", String(attempt.retryAfterSeconds));
          return apiError(c, 429, "too_many_attempts", {
            seconds: String(attempt.retryAfterSeconds),
          });
        }
        const tokenHash = hashToken(body.token);
        const before = await passwordLinks.lookup(tokenHash);
        if (!before.ok) return refused(c, before.refused);
        // Audited with the change, in its transaction.
        const used = await passwordLinks.use(tokenHash, await hashPassword(body.password));
        if (!used.ok) return refused(c, used.refused);
        await attempt.succeeded();
        return c.json({ username: used.username });
      },
    );
}
