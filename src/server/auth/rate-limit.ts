/**
 * Sign-in attempts counted in a sliding window, in memory: a restart forgets them, which is
 * acceptable for slowing down guessing on one server.
 *
 * An attempt is counted when it starts, before the slow password hash, so many guesses sent at
 * once cannot all slip past the check while the first ones are still being hashed; a successful
 * attempt is then taken back. Three limits apply:
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
      succeeded: () => void;
    };

export function createSignInLimiter(limits: SignInLimits & { now?: () => number }) {
  const now = limits.now ?? Date.now;
  const attempts = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = now() - limits.windowMs;
    const list = (attempts.get(key) ?? []).filter((t) => t > since);
    if (list.length) attempts.set(key, list);
    else attempts.delete(key);
    return list;
  };
  const keysOf = (username: string, address: string): [string, number][] => {
    const account = username.trim().toLowerCase();
    return [
      [`pair:${account}\n${address}`, limits.perAccountAndAddress],
      [`address:${address}`, limits.perAddress],
      [`account:${account}`, limits.perAccount],
    ];
  };
  return {
    /** Counts an attempt now, or says how long to wait when a limit is reached (not counted then). */
    begin(username: string, address: string): SignInAttempt {
      const keys = keysOf(username, address);
      let wait = 0;
      for (const [key, limit] of keys) {
        const list = recent(key);
        if (list.length >= limit) {
          const oldest = list[list.length - limit] ?? now();
          wait = Math.max(wait, Math.ceil((oldest + limits.windowMs - now()) / 1000), 1);
        }
      }
      if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
      const at = now();
      for (const [key] of keys) attempts.set(key, [...recent(key), at]);
      return {
        allowed: true,
        succeeded() {
          const [[pair], ...wider] = keys as [[string, number], ...[string, number][]];
          // The right password clears this place's failures for the account…
          attempts.delete(pair);
          // …and takes back its own count from the wider limits, leaving others' failures.
          for (const [key] of wider) {
            const list = recent(key);
            const i = list.lastIndexOf(at);
            if (i >= 0) list.splice(i, 1);
            if (!list.length) attempts.delete(key);
          }
        },
      };
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
