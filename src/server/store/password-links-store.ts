import type { Db } from "./open-database";

type LinkRow = {
  user_id: number;
  username: string;
  display_name: string;
  disabled: number;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
};

/** Why a link cannot be used; each gets its own message. */
export type LinkRefusal = "unknown" | "expired" | "used" | "replaced";
export type LinkLookup =
  | { ok: true; username: string; name: string; expiresAt: string }
  | { ok: false; refused: LinkRefusal };

/**
 * Set-password links: stored only as hashes, usable once, until they expire. A new link for an
 * account revokes the one before, so only the newest link an admin handed out works.
 */
export function createPasswordLinksStore(db: Db) {
  const s = {
    revokeOpen: db.prepare(
      `UPDATE password_links SET revoked_at = ?
       WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL`,
    ),
    insert: db.prepare(
      `INSERT INTO password_links (token_hash, user_id, created_at, expires_at)
       VALUES (?, ?, ?, ?)`,
    ),
    byHash: db.prepare(
      `SELECT l.user_id, l.expires_at, l.used_at, l.revoked_at, u.username, u.display_name, u.disabled
       FROM password_links l JOIN users u ON u.id = l.user_id WHERE l.token_hash = ?`,
    ),
    userId: db.prepare("SELECT id FROM users WHERE username = ?"),
    markUsed: db.prepare("UPDATE password_links SET used_at = ? WHERE token_hash = ?"),
    setPassword: db.prepare("UPDATE users SET password_hash = ? WHERE id = ?"),
    endSessions: db.prepare("DELETE FROM sessions WHERE user_id = ?"),
  };
  const lookup = (tokenHash: string, now: Date): LinkLookup => {
    const row = s.byHash.get(tokenHash) as LinkRow | undefined;
    // A disabled account's link opens nothing, and says no more than an unknown one.
    if (!row || row.disabled === 1) return { ok: false, refused: "unknown" };
    if (row.used_at) return { ok: false, refused: "used" };
    if (row.revoked_at) return { ok: false, refused: "replaced" };
    if (row.expires_at <= now.toISOString()) return { ok: false, refused: "expired" };
    return { ok: true, username: row.username, name: row.display_name, expiresAt: row.expires_at };
  };
  return {
    /** A new link for the account, replacing any it had; undefined when there is no such account. */
    issue(username: string, tokenHash: string, ttlMs: number, now = new Date()) {
      return db.transaction(() => {
        const user = s.userId.get(username) as { id: number } | undefined;
        if (!user) return undefined;
        s.revokeOpen.run(now.toISOString(), user.id);
        const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
        s.insert.run(tokenHash, user.id, now.toISOString(), expiresAt);
        return { expiresAt };
      })();
    },
    lookup(tokenHash: string, now = new Date()): LinkLookup {
      return lookup(tokenHash, now);
    },
    /**
     * Sets the password through the link and uses it up, in one transaction: two tabs sending the
     * same link at once cannot both succeed. The account's sessions end.
     */
    use(tokenHash: string, passwordHash: string, now = new Date()): LinkLookup {
      return db.transaction(() => {
        const found = lookup(tokenHash, now);
        if (!found.ok) return found;
        const { user_id } = s.byHash.get(tokenHash) as LinkRow;
        s.markUsed.run(now.toISOString(), tokenHash);
        s.setPassword.run(passwordHash, user_id);
        s.endSessions.run(user_id);
        return found;
      })();
    },
  };
}
export type PasswordLinksStore = ReturnType<typeof createPasswordLinksStore>;
