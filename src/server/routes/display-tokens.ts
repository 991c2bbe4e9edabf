import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import { documented, writeHeaders } from "../api-doc";
import { apiError } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { hashToken, randomToken } from "../auth/tokens";
import type { ChangeFeed } from "../live/change-feed";
import type { TokensStore } from "../store/tokens-store";
import { validate } from "../validate";

const createBody = z.object({ label: z.string().trim().min(1).max(80).default("会议室大屏") });
const idParam = z.object({ id: z.uuid() });

const tokenSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});
const tags = ["display"];

/** Read-only tokens for wall screens: created and revoked by admins, listed with last-seen time. */
export function displayTokenRoutes(tokens: TokensStore, feed: ChangeFeed) {
  return new Hono<AppEnv>()
    .use(requireRole("admin"))
    .get(
      "/",
      documented({
        summary: "Wall-screen tokens with last-seen times (admin)",
        tags,
        answers: { 200: z.object({ tokens: z.array(tokenSchema) }) },
      }),
      async (c) => c.json({ tokens: await tokens.listDisplayTokens() }),
    )
    .post(
      "/",
      documented({
        summary: "Create a wall-screen token (admin); /display?token=… uses it",
        tags,
        answers: {
          201: z.object({ id: z.string(), label: z.string(), token: z.string(), path: z.string() }),
        },
        errors: [400, 413],
        headers: writeHeaders,
      }),
      validate("json", createBody),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { label } = c.req.valid("json");
        const token = randomToken();
        const id = randomUUID();
        await tokens.createDisplayToken(id, label, hashToken(token), actorLabel(actor));
        return c.json({ id, label, token, path: `/display?token=${token}` }, 201);
      },
    )
    .delete(
      "/:id",
      documented({
        summary: "Revoke a wall-screen token (admin)",
        tags,
        answers: { 200: z.object({ revoked: z.boolean() }) },
        errors: [413],
        headers: writeHeaders,
      }),
      validate("param", idParam),
      async (c) => {
        const { id } = c.req.valid("param");
        const revoked = await tokens.revokeDisplayToken(id);
        // The screen's open live stream ends now; its reconnect is refused and the screen says so.
        if (revoked) feed.publish({ type: "access" });
        return c.json({ revoked });
      },
    );
}
