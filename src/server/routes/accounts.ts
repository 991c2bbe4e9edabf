import { randomInt } from "node:crypto";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { accountPasswordSchema, passwordLinkTtlMs } from "../../domain/account-password";
import { roleSchema } from "../../domain/roles";
import { documented, writeHeaders } from "../api-doc";
import { apiError } from "../api-error";
import { type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { hashPassword } from "../auth/password";
import { hashToken, randomToken } from "../auth/tokens";
import type { Services } from "../services";
import type { AccountRefusal } from "../store/accounts-store";
import { validate } from "../validate";

const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{2,40}$/, "2–40 letters, digits, dots, dashes or underscores");
const createBody = z.strictObject({
  username,
  role: roleSchema,
  name: z.string().trim().min(1).max(60).optional(),
  unit: z.string().trim().min(1).max(120).optional(),
  password: accountPasswordSchema.optional(),
  /** Answer a set-password link (the person chooses the password) instead of a one-time one. */
  passwordLink: z.boolean().optional(),
});
const roleBody = z.strictObject({
  role: roleSchema,
  unit: z.string().trim().min(1).max(120).optional(),
});
const usernameParam = z.object({ username });

const accountSchema = z.object({
  username: z.string(),
  name: z.string(),
  role: roleSchema,
  unit: z.string().optional(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
const changed = z.object({ account: accountSchema });
/** The link's secret part, shown this once; the page it opens is /set-password/<token>. */
const linkSchema = z.object({ token: z.string(), path: z.string(), expiresAt: z.string() });
const tags = ["accounts"];

// No 0/O, 1/l/I: a one-time password is read off a screen and typed by someone else.
const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function oneTimePassword(): string {
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join("");
}

/** Accounts, run by admins from the browser: add, disable, enable, reset, change role; all audited. */
export function accountRoutes({ accounts, store, passwordLinks }: Services) {
  /** A new set-password link for the account (any earlier one stops working), audited as `by`. */
  const issueLink = async (username: string, by: string) => {
    const token = randomToken();
    const issued = await passwordLinks.issue(username, hashToken(token), passwordLinkTtlMs, by);
    return issued && { token, path: `/set-password/${token}`, expiresAt: issued.expiresAt };
  };
  const responsibleUnits = async () =>
    new Set((await store.listProjects()).map((p) => p.responsibleUnit));
  const refuse = (c: Context, refusal: AccountRefusal, name: string) =>
    refusal === "not_found"
      ? apiError(c, 404, "account_not_found", { username: name })
      : refusal === "exists"
        ? apiError(c, 409, "account_exists", { username: name })
        : apiError(c, 409, "last_admin");
  /** A unit account needs a unit that some project names as its responsible unit. */
  const unitProblem = async (c: Context, role: string, unit?: string) => {
    if (role !== "unit") return undefined;
    if (!unit) return apiError(c, 400, "unit_required");
    if (!(await responsibleUnits()).has(unit)) return apiError(c, 400, "unit_unknown", { unit });
    return undefined;
  };
  const toggle = (disabled: boolean) =>
    [
      documented({
        summary: disabled
          ? "Disable an account (admin); its sessions end at once. The last enabled admin cannot be disabled"
          : "Enable a disabled account (admin)",
        tags,
        answers: { 200: changed },
        errors: [400, 404, 409, 413],
        headers: writeHeaders,
      }),
      validate("param", usernameParam),
    ] as const;

  return new Hono<AppEnv>()
    .use(requireRole("admin"))
    .get(
      "/",
      documented({
        summary: "Every account with its role, unit and state (admin); never a password",
        tags,
        answers: { 200: z.object({ accounts: z.array(accountSchema) }) },
      }),
      async (c) => c.json({ accounts: await accounts.listAccounts() }),
    )
    .post(
      "/",
      documented({
        summary:
          "Add an account (admin). Without a password, answers a one-time password, or with passwordLink: true a set-password link (valid 72 h, used once); either is shown only this once",
        tags,
        answers: {
          201: z.object({
            account: accountSchema,
            password: z.string().optional(),
            link: linkSchema.optional(),
          }),
        },
        errors: [400, 409, 413],
        headers: writeHeaders,
      }),
      validate("json", createBody),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const body = c.req.valid("json");
        const bad = await unitProblem(c, body.role, body.unit);
        if (bad) return bad;
        const given = body.password;
        if (given && body.passwordLink)
          return apiError(c, 400, "invalid_parameter", {
            detail: "password and passwordLink exclude each other",
          });
        // With a link, the account starts with a password nobody knows until the link is used.
        const secret = given ?? (body.passwordLink ? randomToken() : oneTimePassword());
        const result = await accounts.createAccount(
          {
            username: body.username,
            displayName: body.name ?? body.username,
            role: body.role,
            ...(body.role === "unit" ? { unit: body.unit } : {}),
          },
          await hashPassword(secret),
          { actor: actorLabel(actor) },
        );
        if ("refused" in result) return refuse(c, result.refused, body.username);
        if (body.passwordLink) {
          const link = await issueLink(result.account.username, actorLabel(actor));
          return c.json({ account: result.account, link }, 201);
        }
        return c.json({ account: result.account, ...(given ? {} : { password: secret }) }, 201);
      },
    )
    .post("/:username/disable", ...toggle(true), (c) => setDisabled(c, true))
    .post("/:username/enable", ...toggle(false), (c) => setDisabled(c, false))
    .post(
      "/:username/role",
      documented({
        summary:
          "Change an account's role (admin); its sessions end. The last enabled admin cannot be demoted",
        tags,
        answers: { 200: changed },
        errors: [400, 404, 409, 413],
        headers: writeHeaders,
      }),
      validate("param", usernameParam),
      validate("json", roleBody),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { username: name } = c.req.valid("param");
        const { role, unit } = c.req.valid("json");
        const bad = await unitProblem(c, role, unit);
        if (bad) return bad;
        const result = await accounts.setRole(name, role, unit, { actor: actorLabel(actor) });
        if ("refused" in result) return refuse(c, result.refused, name);
        return c.json({ account: result.after });
      },
    )
    .post(
      "/:username/reset-password",
      documented({
        summary: "Give an account a new one-time password (admin); its sessions end",
        tags,
        answers: { 200: z.object({ account: accountSchema, password: z.string() }) },
        errors: [400, 404, 413],
        headers: writeHeaders,
      }),
      validate("param", usernameParam),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { username: name } = c.req.valid("param");
        const account = await accounts.findAccount(name);
        if (!account) return refuse(c, "not_found", name);
        const secret = oneTimePassword();
        // The password itself is never logged: only that it was replaced, by whom and when.
        await accounts.setPassword(account.username, await hashPassword(secret), {
          actor: actorLabel(actor),
          action: "account.reset_password",
          eventId: null,
          subject: `account:${account.username}`,
          before: { password: "(previous)" },
          after: { password: "(one-time, shown once)" },
          reason: null,
        });
        return c.json({ account, password: secret });
      },
    )
    .post(
      "/:username/password-link",
      documented({
        summary:
          "Reset an account with a set-password link (admin): its password and sessions end, any earlier link stops working; the link (valid 72 h, used once) is shown only this once",
        tags,
        answers: { 200: z.object({ account: accountSchema, link: linkSchema }) },
        errors: [400, 404, 413],
        headers: writeHeaders,
      }),
      validate("param", usernameParam),
      async (c) => {
        const actor = c.get("actor");
        if (!actor) return apiError(c, 401, "unauthenticated");
        const { username: name } = c.req.valid("param");
        const account = await accounts.findAccount(name);
        if (!account) return refuse(c, "not_found", name);
        // A reset: the old password stops working now, not only once the link is used.
        await accounts.setPassword(account.username, await hashPassword(randomToken()));
        const link = await issueLink(account.username, actorLabel(actor));
        if (!link) return refuse(c, "not_found", name);
        return c.json({ account, link });
      },
    );

  async function setDisabled(c: Context<AppEnv>, disabled: boolean) {
    const actor = c.get("actor");
    if (!actor) return apiError(c, 401, "unauthenticated");
    const name = c.req.param("username") ?? "";
    const result = await accounts.setDisabled(name, disabled, { actor: actorLabel(actor) });
    if ("refused" in result) return refuse(c, result.refused, name);
    return c.json({ account: result.after });
  }
}
