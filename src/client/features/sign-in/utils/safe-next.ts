/**
 * Where to go after signing in. `?next=` is honoured only for a path on this site: it must start with
 * "/" and not "//" or "/\" (which browsers treat as another host), so a link cannot send a user away.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next === "/sign-in" || next.startsWith("/sign-in?")) return null;
  return next;
}

/** The landing page for a role when no `next` is given: staff and admins enter scores. */
export function landingFor(role: string | undefined): string {
  return role === "admin" || role === "staff" ? "/entry" : "/";
}
