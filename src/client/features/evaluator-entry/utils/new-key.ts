/**
 * A random idempotency key. crypto.randomUUID exists only on HTTPS or localhost, and phones on a
 * LAN often reach the server over plain HTTP, so fall back to getRandomValues (available anywhere).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
