import { useSettings } from "../api/settings";

/** Host names that reach only the computer they are typed on. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === "0.0.0.0"
  );
}

export type ShareBase = {
  /** Origin every shareable link starts with. */
  origin: string;
  /** The links open only on this computer: phones and wall screens cannot reach them. */
  loopback: boolean;
  /** Whether the operator set PUBLIC_URL (otherwise the address this page was opened at). */
  configured: boolean;
};

/**
 * Where links that leave this screen (QR cards, personal links, wall links) point: the configured
 * public address, or else the address this page was opened at.
 */
export function shareBase(publicUrl: string | null | undefined, pageOrigin: string): ShareBase {
  const origin = (publicUrl || pageOrigin).replace(/\/+$/, "");
  let hostname = "";
  try {
    hostname = new URL(origin).hostname;
  } catch {
    // An origin that does not parse cannot be reached from elsewhere either.
    return { origin, loopback: true, configured: Boolean(publicUrl) };
  }
  return { origin, loopback: isLoopbackHost(hostname), configured: Boolean(publicUrl) };
}

/** `share.url("/score/abc")` → the absolute link to hand out; `share.loopback` → warn first. */
export function useShareLinks() {
  const settings = useSettings();
  const base = shareBase(settings.data?.publicUrl, window.location.origin);
  return {
    ...base,
    /** False until the settings are known, so no link is built on the wrong address. */
    ready: settings.isSuccess || settings.isError,
    url: (path: string) => `${base.origin}${path.startsWith("/") ? path : `/${path}`}`,
  };
}
