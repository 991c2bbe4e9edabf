import { appendAudit } from "./audit-store";
import type { Store } from "./sql";

/** Why a link cannot be used; each gets its own message. */
export type LinkRefusal = "unknown" | "expired" | "used" | "replaced";
export type LinkLookup =
  | { ok: true; username: string; name: string; expiresAt: string }
  | { ok: false; refused: LinkRefusal };

/**
 * Set-password links: stored only as hashes, usable once, until they expire. A new link for an
 * account revokes the one before, so only the newest link an admin handed out works.
 */
export function createPasswordLinksStore(store: Store) {
  const byHash = (tokenHash: string) =>
    store
      .q()
      .selectFrom("password_links as l")
      .innerJoin("users as u", "u.id", "l.user_id")
      .select([
        "l.user_id",
        "l.expires_at",
        "l.used_at",
        "l.revoked_at",
        "u.username",
        "u.display_name",
        "u.disabled",
      ])
      .where("l.token_hash", "=", tokenHash)
      .executeTakeFirst();
  const lookup = async (tokenHash: string, now: Date): Promise<LinkLookup> => {
    const row = await byHash(tokenHash);
    // A disabled account's link opens nothing, and says no more than an unknown one.
    if (!row || row.disabled === 1) return { ok: false, refused: "unknown" };
    if (row.used_at) return { ok: false, refused: "used" };
    if (row.revoked_at) return { ok: false, refused: "replaced" };
    if (row.expires_at <= now.toISOString()) return { ok: false, refused: "expired" };
    return { ok: true, username: row.username, name: row.display_name, expiresAt: row.expires_at };
  };
  return {
    /**
     * A new link for the account, replacing any it had; undefined when there is no such account.
     * Audited (that a link was issued and until when, never the link) as `actor`.
     */
    issue(
      username: string,
      tokenHash: string,
      ttlMs: number,
      actor: string,
      now = new Date(),
    ): Promise<{ expiresAt: string } | undefined> {
      return store.transaction(async () => {
        const user = await store
          .q()
          .selectFrom("users")
          .select(["id", "username"])
          .where("username", "=", username)
          .executeTakeFirst();
        if (!user) return undefined;
        await store
          .q()
          .updateTable("password_links")
          .set({ revoked_at: now.toISOString() })
          .where("user_id", "=", user.id)
          .where("used_at", "is", null)
          .where("revoked_at", "is", null)
          .execute();
        const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
        await store
          .q()
          .insertInto("password_links")
          .values({
            token_hash: tokenHash,
            user_id: user.id,
            created_at: now.toISOString(),
            expires_at: expiresAt,
          })
          .execute();
        await appendAudit(store, {
          actor,
          action: "account.password_link",
          eventId: null,
          subject: `account:${user.username}`,
          before: null,
          after: { passwordLink: "(issued, shown once)", expiresAt },
          reason: null,
        });
        return { expiresAt };
      });
    },
    lookup(tokenHash: string, now = new Date()): Promise<LinkLookup> {
      return lookup(tokenHash, now);
    },
    /**
     * Sets the password through the link and uses it up, in one transaction with its audit
     * record: two tabs sending the same link at once cannot both succeed. The account's sessions
     * end.
     */
    use(tokenHash: string, passwordHash: string, now = new Date()): Promise<LinkLookup> {
      return store.transaction(async () => {
        const found = await lookup(tokenHash, now);
        if (!found.ok) return found;
        // Taking the link is the guard: a second use waits for the first (on any node) and then
        // finds it taken, and is told so.
        const taken = await store
          .q()
          .updateTable("password_links")
          .set({ used_at: now.toISOString() })
          .where("token_hash", "=", tokenHash)
          .where("used_at", "is", null)
          .where("revoked_at", "is", null)
          .returning("user_id")
          .executeTakeFirst();
        if (!taken) return lookup(tokenHash, now);
        await store
          .q()
          .updateTable("users")
          .set({ password_hash: passwordHash })
          .where("id", "=", taken.user_id)
          .execute();
        await store.q().deleteFrom("sessions").where("user_id", "=", taken.user_id).execute();
        await appendAudit(store, {
          actor: `account:${found.username}`,
          action: "account.password_set_by_link",
          eventId: null,
          subject: `account:${found.username}`,
          before: null,
          after: { password: "(chosen through a set-password link)" },
          reason: null,
        });
        return found;
      });
    },
  };
}
export type PasswordLinksStore = ReturnType<typeof createPasswordLinksStore>;
