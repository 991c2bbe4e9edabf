import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, URL-safe: session ids, CSRF tokens, personal links, display tokens. */
export const randomToken = () => randomBytes(32).toString("base64url");

/** Tokens are stored only as hashes: a copy of the store does not let anyone sign in. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
