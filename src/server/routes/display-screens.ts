import { Hono } from "hono";
import { z } from "zod";
import { screenIdPattern } from "../../domain/ids";
import { documented } from "../api-doc";
import { apiError } from "../api-error";
import type { AppEnv } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { Services } from "../services";
import { validate } from "../validate";

const heartbeatBody = z.object({
  screenId: z.string().regex(screenIdPattern, "8–64 letters, digits or hyphens"),
  panel: z.string().trim().max(40),
  dataAgeSeconds: z
    .number()
    .int()
    .min(0)
    .max(10 * 365 * 86_400),
  errors: z.array(z.string().trim().max(40)).max(20).default([]),
  viewport: z.string().max(40).nullable().default(null),
  build: z.string().max(120).nullable().default(null),
});

const screenSchema = z.object({
  screenId: z.string(),
  tokenId: z.string(),
  label: z.string().nullable(),
  panel: z.string(),
  dataAgeSeconds: z.number().int(),
  errors: z.array(z.string()),
  viewport: z.string().nullable(),
  build: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});
const tags = ["display"];

/** A screen is counted alive when it reported within three heartbeats (one a minute). */
export const aliveWithinMs = 3 * 60_000;

/**
 * Wall screens report a heartbeat (which screen, which panel, how old its data, what fails);
 * admins see which screens are alive and when each was last seen.
 */
export function displayScreenRoutes(services: Services) {
  const store = services.displayScreens;
  const labels = async () =>
    new Map((await services.tokens.listDisplayTokens()).map((t) => [t.id, t]));
  return new Hono<AppEnv>()
    .post(
      "/heartbeat",
      documented({
        summary:
          "A wall screen reports which panel it shows and how old its data is (display token)",
        tags,
        answers: { 200: z.object({ screen: screenSchema }) },
        errors: [400, 413],
      }),
      requireRole("display"),
      validate("json", heartbeatBody),
      async (c) => {
        const actor = c.get("actor");
        if (actor?.kind !== "display") return apiError(c, 403, "forbidden");
        const label = (await labels()).get(actor.tokenId)?.label ?? null;
        const beat = await store.beat({ ...c.req.valid("json"), tokenId: actor.tokenId, label });
        return c.json({ screen: beat });
      },
    )
    .get(
      "/screens",
      documented({
        summary: "Wall screens alive and when each was last seen (admin)",
        tags,
        answers: {
          200: z.object({
            aliveWithinSeconds: z.number(),
            screens: z.array(
              screenSchema.extend({
                tokenLabel: z.string().nullable(),
                tokenRevoked: z.boolean(),
                alive: z.boolean(),
              }),
            ),
          }),
        },
      }),
      requireRole("admin"),
      async (c) => {
        const tokens = await labels();
        const now = Date.now();
        return c.json({
          aliveWithinSeconds: aliveWithinMs / 1000,
          screens: (await store.list()).map((s) => {
            const token = tokens.get(s.tokenId);
            return {
              ...s,
              tokenLabel: token?.label ?? s.label,
              tokenRevoked: Boolean(token?.revokedAt),
              alive: now - Date.parse(s.lastSeenAt) <= aliveWithinMs && !token?.revokedAt,
            };
          }),
        });
      },
    );
}
