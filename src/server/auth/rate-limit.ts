/**
 * Failed sign-ins counted per account and per address in a sliding window, in memory: a restart
 * forgets them, which is acceptable for slowing down guessing on one server.
 */
export function createSignInLimiter(options: {
  perAccount: number;
  perAddress: number;
  windowMs: number;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const since = now() - options.windowMs;
    const list = (failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  const keys = (username: string, address: string) => ({
    account: `u:${username.toLowerCase()}`,
    address: `a:${address}`,
  });
  return {
    /** Seconds to wait before another try, or 0 when a try is allowed. */
    retryAfter(username: string, address: string): number {
      const k = keys(username, address);
      const checks: [string[], number][] = [
        [[k.account], options.perAccount],
        [[k.address], options.perAddress],
      ];
      let wait = 0;
      for (const [[key], limit] of checks) {
        const list = recent(key as string);
        if (list.length >= limit) {
          const oldest = list[list.length - limit] ?? now();
          wait = Math.max(wait, Math.ceil((oldest + options.windowMs - now()) / 1000));
        }
      }
      return wait;
    },
    fail(username: string, address: string) {
      const k = keys(username, address);
      for (const key of [k.account, k.address]) failures.set(key, [...recent(key), now()]);
    },
    succeed(username: string) {
      failures.delete(keys(username, "").account);
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
