import type { Selectable } from "kysely";
import type { Role } from "../../domain/roles";
import { type AuditEntry, appendAudit } from "./audit-store";
import type { Database, Store } from "./sql";
import { lockOnPostgres } from "./transaction-lock";

/** `unit` names the responsible unit (a project's responsibleUnit) a unit account reports for. */
export type User = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit?: string;
};
type UserRow = Selectable<Database["users"]>;

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

/** Who made an account change, for its audit record. */
type By = { actor: string };

/**
 * Accounts and their sessions, shared by every node through the store. Session tokens are stored
 * only as hashes. Each admin change is audited in the transaction that makes it.
 */
export function createAccountsStore(store: Store) {
  const userAnyState = async (username: string) =>
    await store
      .q()
      .selectFrom("users")
      .selectAll()
      .where("username", "=", username)
      .executeTakeFirst();
  const enabledAdmins = async () => {
    const row = await store
      .q()
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("role", "=", "admin")
      .where("disabled", "=", 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const endSessions = (username: string) =>
    store
      .q()
      .deleteFrom("sessions")
      .where("user_id", "=", (eb) =>
        eb.selectFrom("users").select("id").where("username", "=", username),
      )
      .execute();
  const insertUser = (user: Omit<User, "id">, passwordHash: string) =>
    store
      .q()
      .insertInto("users")
      .values({
        username: user.username,
        display_name: user.displayName,
        role: user.role,
        password_hash: passwordHash,
        created_at: new Date().toISOString(),
        unit: user.unit ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const audit = (by: By, action: string, username: string, before: unknown, after: unknown) =>
    appendAudit(store, {
      actor: by.actor,
      action,
      eventId: null,
      subject: `account:${username}`,
      before,
      after,
      reason: null,
    });
  // Changes that could leave no enabled admin wait for each other on PostgreSQL, so two admins
  // disabling each other at once cannot both pass the check (SQLite runs one writer at a time).
  const lockAdmins = () => lockOnPostgres(store, "accounts:admins");

  return {
    async addUser(user: Omit<User, "id">, passwordHash: string): Promise<User> {
      const { id } = await insertUser(user, passwordHash);
      return { ...user, id: Number(id) };
    },
    /** The account and its password hash, for sign-in. */
    async findForSignIn(username: string): Promise<(User & { passwordHash: string }) | undefined> {
      const row = await userAnyState(username);
      return row && row.disabled === 0
        ? { ...toUser(row), passwordHash: row.password_hash }
        : undefined;
    },
    /**
     * A new password ends every session of the account; `audit`, when given, is recorded with the
     * change.
     */
    setPassword(username: string, passwordHash: string, audit?: AuditEntry): Promise<boolean> {
      return store.transaction(async () => {
        const changed = await store
          .q()
          .updateTable("users")
          .set({ password_hash: passwordHash })
          .where("username", "=", username)
          .executeTakeFirst();
        if (!Number(changed.numUpdatedRows)) return false;
        await endSessions(username);
        if (audit) await appendAudit(store, audit);
        return true;
      });
    },
    async listUsers(): Promise<(User & { passwordHash: string })[]> {
      const rows = await store.q().selectFrom("users").selectAll().orderBy("id").execute();
      return rows.map((row) => ({ ...toUser(row), passwordHash: row.password_hash }));
    },
    async listAccounts(): Promise<AccountView[]> {
      const rows = await store.q().selectFrom("users").selectAll().orderBy("id").execute();
      return rows.map(toView);
    },
    async findAccount(username: string): Promise<AccountView | undefined> {
      const row = await userAnyState(username);
      return row ? toView(row) : undefined;
    },
    /** Adds an account; refused when the name is taken (names are compared without case). */
    createAccount(
      user: Omit<User, "id">,
      passwordHash: string,
      by: By,
    ): Promise<{ account: AccountView } | { refused: AccountRefusal }> {
      return store.transaction(async () => {
        if (await userAnyState(user.username)) return { refused: "exists" as const };
        await insertUser(user, passwordHash);
        const account = toView((await userAnyState(user.username)) as UserRow);
        await audit(by, "account.create", account.username, null, account);
        return { account };
      });
    },
    /**
     * Disables or enables an account. Disabling ends its sessions at once, and is refused for the
     * last enabled admin: the check and the change are one transaction, so two admins disabling
     * each other at the same moment cannot both succeed.
     */
    setDisabled(
      username: string,
      disabled: boolean,
      by: By,
    ): Promise<{ before: AccountView; after: AccountView } | { refused: AccountRefusal }> {
      return store.transaction(async () => {
        await lockAdmins();
        const row = await userAnyState(username);
        if (!row) return { refused: "not_found" as const };
        if (disabled && row.role === "admin" && row.disabled === 0 && (await enabledAdmins()) <= 1)
          return { refused: "last_admin" as const };
        await store
          .q()
          .updateTable("users")
          .set({ disabled: disabled ? 1 : 0 })
          .where("username", "=", row.username)
          .execute();
        if (disabled) await endSessions(row.username);
        const before = toView(row);
        const after = toView((await userAnyState(username)) as UserRow);
        await audit(
          by,
          disabled ? "account.disable" : "account.enable",
          after.username,
          before,
          after,
        );
        return { before, after };
      });
    },
    /** Changes an account's role; the last enabled admin cannot be demoted. */
    setRole(
      username: string,
      role: Role,
      unit: string | undefined,
      by: By,
    ): Promise<{ before: AccountView; after: AccountView } | { refused: AccountRefusal }> {
      return store.transaction(async () => {
        await lockAdmins();
        const row = await userAnyState(username);
        if (!row) return { refused: "not_found" as const };
        if (
          role !== "admin" &&
          row.role === "admin" &&
          row.disabled === 0 &&
          (await enabledAdmins()) <= 1
        )
          return { refused: "last_admin" as const };
        await store
          .q()
          .updateTable("users")
          .set({ role, unit: role === "unit" ? (unit ?? null) : null })
          .where("username", "=", row.username)
          .execute();
        // A new role is a new set of rights: sessions made under the old one end.
        await endSessions(row.username);
        const before = toView(row);
        const after = toView((await userAnyState(username)) as UserRow);
        await audit(by, "account.role", after.username, before, after);
        return { before, after };
      });
    },
    async createSession(tokenHash: string, userId: number, csrfToken: string, ttlMs: number) {
      const now = Date.now();
      await store
        .q()
        .deleteFrom("sessions")
        .where("expires_at", "<", new Date(now).toISOString())
        .execute();
      await store
        .q()
        .insertInto("sessions")
        .values({
          token_hash: tokenHash,
          user_id: userId,
          csrf_token: csrfToken,
          created_at: new Date(now).toISOString(),
          expires_at: new Date(now + ttlMs).toISOString(),
        })
        .execute();
    },
    async findSession(tokenHash: string): Promise<{ user: User; csrfToken: string } | undefined> {
      const row = await store
        .q()
        .selectFrom("sessions as s")
        .innerJoin("users as u", "u.id", "s.user_id")
        .selectAll("u")
        .select(["s.csrf_token", "s.expires_at"])
        .where("s.token_hash", "=", tokenHash)
        .where("u.disabled", "=", 0)
        .executeTakeFirst();
      if (!row || row.expires_at < new Date().toISOString()) return undefined;
      return { user: toUser(row), csrfToken: row.csrf_token };
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await store.q().deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    },
  };
}
export type AccountsStore = ReturnType<typeof createAccountsStore>;
