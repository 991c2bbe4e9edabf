import { useEffect, useRef } from "react";
import { screenIdPattern } from "../../../../domain/ids";
import { apiClient } from "../../../api/api-client";
import { displayCredentials } from "../../../api/credentials";
import { currentBuild } from "./use-screen-care";

export type HeartbeatSnapshot = { panel: string; dataAgeSeconds: number; errors: string[] };

const storageKey = "kp-display-screen-id";

/** A stable id for this screen (browser profile), so admins can tell screens apart. */
function screenId(): string {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored && screenIdPattern.test(stored)) return stored;
  } catch {
    // Storage may be off (kiosk profiles): an id per page load still tells screens apart.
  }
  // crypto.randomUUID exists only on https or localhost; intranet screens are often neither.
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const id = `scr-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  try {
    localStorage.setItem(storageKey, id);
  } catch {}
  return id;
}

/** Reports the screen's state to the server every minute (and once soon after starting). */
export function useHeartbeat(
  token: string | null,
  read: () => HeartbeatSnapshot,
  everyMs = 60_000,
) {
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    if (!token) return;
    const id = screenId();
    const send = () => {
      const snapshot = readRef.current();
      apiClient(displayCredentials(token))
        .display.heartbeat.$post({
          json: {
            screenId: id,
            ...snapshot,
            dataAgeSeconds: Math.max(0, Math.round(snapshot.dataAgeSeconds)),
            viewport: `${window.innerWidth}x${window.innerHeight}@${window.devicePixelRatio}`,
            build: currentBuild(),
          },
        })
        .catch(() => {
          // Down: the next beat tries again; the screen itself shows the outage.
        });
    };
    const first = setTimeout(send, 3000);
    const timer = setInterval(send, everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [token, everyMs]);
}
