import type { ReportFormValues } from "../../../domain/report-form";

/**
 * A report being written, kept on the device until the server has it: the typed values, the
 * Idempotency-Key of this sending (the same on every retry, so it is stored once) and the version
 * it was started from (If-Match).
 */
export type Draft = { values: ReportFormValues; key: string; baseVersion: number };
type Target = { projectId: string; period: string };

const storageKey = ({ projectId, period }: Target) => `kp-report-draft:${projectId}:${period}`;

export const newKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function loadDraft(target: Target): Draft | undefined {
  try {
    const raw = localStorage.getItem(storageKey(target));
    return raw ? (JSON.parse(raw) as Draft) : undefined;
  } catch {
    return undefined; // private mode or a damaged entry: start from what the server has
  }
}

export function saveDraft(target: Target, draft: Draft): void {
  try {
    localStorage.setItem(storageKey(target), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the form still works, only without the copy on the device.
  }
}

export function clearDraft(target: Target): void {
  try {
    localStorage.removeItem(storageKey(target));
  } catch {
    // nothing to clear
  }
}
