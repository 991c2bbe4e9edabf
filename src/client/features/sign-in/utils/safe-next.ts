/** Stands for this site when checking where a path leads; any origin of our own would do. */
const here = "https://this-site.invalid";

/**
 * Where to go after signing in. `?next=` is honoured only for a path on this site, so a link cannot
 * send a user elsewhere after they sign in. Browsers drop tabs and line breaks inside a URL and read
 * "\" as "/", so "/\t/evil.example" and "/\evil.example" would become "//evil.example", another
 * host: any such character refuses the value outright, and what remains must resolve to this site.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//")) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, here);
  } catch {
    return null;
  }
  if (url.origin !== here) return null;
  if (url.pathname.replace(/\/+$/, "").toLowerCase() === "/sign-in") return null;
  return next;
}

/**
 * The landing page for a role when no `next` is given: staff and admins enter scores, a
 * responsible unit sends its ten-day reports.
 */
export function landingFor(role: string | undefined): string {
  if (role === "unit") return "/reports";
  return role === "admin" || role === "staff" ? "/entry" : "/";
}
