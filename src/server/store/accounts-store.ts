import type { Role } from "../../domain/roles";
import type { Db } from "./open-database";

/** `unit` names the responsible unit (a project's responsibleUnit) a unit account reports for. */
export type User = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit?: string;
};
type UserRow = {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  unit: string | null;
};

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  ...(row.unit ? { unit: row.unit } : {}),
});

/** Accounts and their sessions. Session tokens are stored only as hashes. */
export function createAccountsStore(db: Db) {
  const s = {
    insertUser: db.prepare(
      `INSERT INTO users (username, display_name, role, password_hash, created_at, unit)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    userByName: db.prepare("SELECT * FROM users WHERE username = ? AND disabled = 0"),
    userById: db.prepare("SELECT * FROM users WHERE id = ? AND disabled = 0"),
    allUsers: db.prepare("SELECT * FROM users ORDER BY id"),
    insertSession: db.prepare(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    session: db.prepare(
      `SELECT s.csrf_token, s.expires_at, u.* FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND u.disabled = 0`,
    ),
    deleteSession: db.prepare("DELETE FROM sessions WHERE token_hash = ?"),
    deleteExpired: db.prepare("DELETE FROM sessions WHERE expires_at < ?"),
    setPassword: db.prepare("UPDATE users SET password_hash = ? WHERE username = ?"),
    endSessions: db.prepare(
      "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)",
    ),
  };
  return {
    addUser(user: Omit<User, "id">, passwordHash: string): User {
      const info = s.insertUser.run(
        user.username,
        user.displayName,
        user.role,
        passwordHash,
        new Date().toISOString(),
        user.unit ?? null,
      );
      return { ...user, id: Number(info.lastInsertRowid) };
    },
    /** The account and its password hash, for sign-in. */
    findForSignIn(username: string): (User & { passwordHash: string }) | undefined {
      const row = s.userByName.get(username) as UserRow | undefined;
      return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
    },
    /** A new password ends every session of the account. */
    setPassword(username: string, passwordHash: string): boolean {
      return db.transaction(() => {
        const changed = s.setPassword.run(passwordHash, username).changes > 0;
        if (changed) s.endSessions.run(username);
        return changed;
      })();
    },
    listUsers(): (User & { passwordHash: string })[] {
      return (s.allUsers.all() as UserRow[]).map((row) => ({
        ...toUser(row),
        passwordHash: row.password_hash,
      }));
    },
    createSession(tokenHash: string, userId: number, csrfToken: string, ttlMs: number) {
      const now = Date.now();
      s.deleteExpired.run(new Date(now).toISOString());
      s.insertSession.run(
        tokenHash,
        userId,
        csrfToken,
        new Date(now).toISOString(),
        new Date(now + ttlMs).toISOString(),
      );
    },
    findSession(tokenHash: string): { user: User; csrfToken: string } | undefined {
      const row = s.session.get(tokenHash) as
        | (UserRow & { csrf_token: string; expires_at: string })
        | undefined;
      if (!row || row.expires_at < new Date().toISOString()) return undefined;
      return { user: toUser(row), csrfToken: row.csrf_token };
    },
    deleteSession(tokenHash: string) {
      s.deleteSession.run(tokenHash);
    },
  };
}
export type AccountsStore = ReturnType<typeof createAccountsStore>;
