import { randomUUID } from "node:crypto";
import type { Store } from "../store/sql";
import { lockOnPostgres } from "../store/transaction-lock";

/**
 * Sign-in attempts counted in a sliding window, in the store: every node counts against the same
 * limits, and a restart forgets nothing.
 *
 * An attempt is counted when it starts, before the slow password hash, so many guesses sent at
 * once cannot all slip past the check while the first ones are still being hashed; a successful
 * attempt is then taken back. Checking and counting are one transaction per attempt, and on
 * PostgreSQL attempts on the same key wait for each other, so parallel guesses on several nodes
 * are still counted one by one. Three limits apply:
 * - per account and address (the tight one): guessing one account's password from one place;
 * - per address, over all accounts: one place trying many accounts;
 * - per account, over all addresses: a higher ceiling, so guessing from one place cannot lock the
 *   account's owner out when signing in from elsewhere, yet spread-out guessing still stops.
 */
export type SignInLimits = {
  perAccountAndAddress: number;
  perAddress: number;
  perAccount: number;
  windowMs: number;
};

export type SignInAttempt =
  | { allowed: false; retryAfterSeconds: number }
  | {
      allowed: true /** The password was right: this attempt does not count against anyone. */;
      succeeded: () => Promise<void>;
    };

/** How often a limiter clears out attempts older than the window, over all keys. */
const pruneEveryMs = 60_000;
/** At most this many old rows per clearing, so it stays a short statement. */
const pruneBatch = 1000;

export function createSignInLimiter(store: Store, limits: SignInLimits & { now?: () => number }) {
  const now = limits.now ?? Date.now;
  const iso = (ms: number) => new Date(ms).toISOString();
  const keysOf = (username: string, address: string): [string, number][] => {
    const account = username.trim().toLowerCase();
    return [
      [`pair:${account}\n${address}`, limits.perAccountAndAddress],
      [`address:${address}`, limits.perAddress],
      [`account:${account}`, limits.perAccount],
    ];
  };
  /** Serialises this transaction with every other one on the same keys, in one order. */
  const lockKeys = async (keys: string[]) => {
    for (const key of [...keys].sort()) await lockOnPostgres(store, `sign-in:${key}`);
  };
  /** When the `limit`-th newest attempt on the key within the window began, if there are that many. */
  const limitReachedSince = async (key: string, limit: number, since: string) => {
    const row = await store
      .q()
      .selectFrom("sign_in_attempts")
      .select("at")
      .where("key", "=", key)
      .where("at", ">", since)
      .orderBy("at", "desc")
      .limit(1)
      .offset(limit - 1)
      .executeTakeFirst();
    return row && Date.parse(row.at);
  };
  let prunedAt = Number.NEGATIVE_INFINITY;
  /**
   * Clears attempts older than the window, whatever their key, now and then. On PostgreSQL it
   * passes over rows another transaction holds, so it never waits for (or deadlocks with) one.
   */
  const prune = async (at: number) => {
    if (at - prunedAt < pruneEveryMs) return;
    prunedAt = at;
    await store
      .q()
      .deleteFrom("sign_in_attempts")
      .where(({ eb, refTuple, selectFrom }) =>
        eb(
          refTuple("key", "attempt"),
          "in",
          selectFrom("sign_in_attempts")
            .select(["key", "attempt"])
            .where("at", "<=", iso(at - limits.windowMs))
            .limit(pruneBatch)
            .$if(store.kind === "postgres", (q) => q.forUpdate().skipLocked())
            .$asTuple("key", "attempt"),
        ),
      )
      .execute();
  };
  return {
    /** Counts an attempt now, or says how long to wait when a limit is reached (not counted then). */
    async begin(username: string, address: string): Promise<SignInAttempt> {
      const keys = keysOf(username, address);
      const at = now();
      const attempt = randomUUID();
      const wait = await store.transaction(async () => {
        await lockKeys(keys.map(([key]) => key));
        const since = iso(at - limits.windowMs);
        let wait = 0;
        for (const [key, limit] of keys) {
          const oldest = await limitReachedSince(key, limit, since);
          if (oldest !== undefined)
            wait = Math.max(wait, Math.ceil((oldest + limits.windowMs - at) / 1000), 1);
        }
        if (wait > 0) return wait;
        await store
          .q()
          .insertInto("sign_in_attempts")
          .values(keys.map(([key]) => ({ key, attempt, at: iso(at) })))
          .execute();
        return 0;
      });
      await prune(at);
      if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
      return {
        allowed: true,
        succeeded: () =>
          store.transaction(async () => {
            const [[pair], ...wider] = keys as [[string, number], ...[string, number][]];
            await lockKeys(keys.map(([key]) => key));
            // The right password clears this place's failures for the account…
            await store.q().deleteFrom("sign_in_attempts").where("key", "=", pair).execute();
            // …and takes back its own count from the wider limits, leaving others' failures.
            await store
              .q()
              .deleteFrom("sign_in_attempts")
              .where("attempt", "=", attempt)
              .where(
                "key",
                "in",
                wider.map(([key]) => key),
              )
              .execute();
          }),
      };
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
