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
  created_at: string;
};

/** An account as an admin sees it: never its password hash. */
export type AccountView = {
  username: string;
  name: string;
  role: Role;
  unit?: string;
  disabled: boolean;
  createdAt: string;
};

const toView = (row: UserRow): AccountView => ({
  username: row.username,
  name: row.display_name,
  role: row.role,
  ...(row.unit ? { unit: row.unit } : {}),
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

/** Why an account change was refused; the route words it. */
export type AccountRefusal = "not_found" | "exists" | "last_admin";

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
    userAnyState: db.prepare("SELECT * FROM users WHERE username = ?"),
    enabledAdmins: db.prepare(
      "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0",
    ),
    setDisabled: db.prepare("UPDATE users SET disabled = ? WHERE username = ?"),
    setRole: db.prepare("UPDATE users SET role = ?, unit = ? WHERE username = ?"),
    endSessions: db.prepare(
      "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE username = ?)",
    ),
  };
  const enabledAdmins = () => (s.enabledAdmins.get() as { n: number }).n;
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
    listAccounts(): AccountView[] {
      return (s.allUsers.all() as UserRow[]).map(toView);
    },
    findAccount(username: string): AccountView | undefined {
      const row = s.userAnyState.get(username) as UserRow | undefined;
      return row ? toView(row) : undefined;
    },
    /** Adds an account; refused when the name is taken (names are compared without case). */
    createAccount(
      user: Omit<User, "id">,
      passwordHash: string,
    ): { account: AccountView } | { refused: AccountRefusal } {
      return db.transaction(() => {
        if (s.userAnyState.get(user.username)) return { refused: "exists" as const };
        s.insertUser.run(
          user.username,
          user.displayName,
          user.role,
          passwordHash,
          new Date().toISOString(),
          user.unit ?? null,
        );
        return { account: toView(s.userAnyState.get(user.username) as UserRow) };
      })();
    },
    /**
     * Disables or enables an account. Disabling ends its sessions at once, and is refused for the
     * last enabled admin: the check and the change are one transaction, so two admins disabling
     * each other at the same moment cannot both succeed.
     */
    setDisabled(
      username: string,
      disabled: boolean,
    ): { before: AccountView; after: AccountView } | { refused: AccountRefusal } {
      return db.transaction(() => {
        const row = s.userAnyState.get(username) as UserRow | undefined;
        if (!row) return { refused: "not_found" as const };
        if (disabled && row.role === "admin" && row.disabled === 0 && enabledAdmins() <= 1)
          return { refused: "last_admin" as const };
        s.setDisabled.run(disabled ? 1 : 0, row.username);
        if (disabled) s.endSessions.run(row.username);
        return { before: toView(row), after: toView(s.userAnyState.get(username) as UserRow) };
      })();
    },
    /** Changes an account's role; the last enabled admin cannot be demoted. */
    setRole(
      username: string,
      role: Role,
      unit: string | undefined,
    ): { before: AccountView; after: AccountView } | { refused: AccountRefusal } {
      return db.transaction(() => {
        const row = s.userAnyState.get(username) as UserRow | undefined;
        if (!row) return { refused: "not_found" as const };
        if (role !== "admin" && row.role === "admin" && row.disabled === 0 && enabledAdmins() <= 1)
          return { refused: "last_admin" as const };
        s.setRole.run(role, role === "unit" ? (unit ?? null) : null, row.username);
        // A new role is a new set of rights: sessions made under the old one end.
        s.endSessions.run(row.username);
        return { before: toView(row), after: toView(s.userAnyState.get(username) as UserRow) };
      })();
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
