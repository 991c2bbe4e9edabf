/** Wait before retry n (0-based): 2 s, 4 s, 8 s … capped at one minute, with a little jitter. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 2_000 * 2 ** attempts);
  return Math.round(base * (0.8 + 0.4 * random()));
}
