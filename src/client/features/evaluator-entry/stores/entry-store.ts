import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Vote } from "../../../../domain/scoring-schemas";
import type { SheetInput } from "../../../../domain/sheet-input";

/** What the evaluator typed, as typed (a half-typed "7." must survive a reload). */
export type Draft = {
  scores: Record<string, string>;
  vote?: Vote;
  comment: string;
  reason: string;
};

/** A submission waiting for the server. Its key is made once, so every retry is the same request. */
export type Pending = {
  idempotencyKey: string;
  body: SheetInput;
  /** The version the evaluator edited ("v0" when there was none), sent as If-Match. */
  baseVersion: number;
  attempts: number;
  /** Not before this time (ms), after a failed attempt: backoff. */
  retryAt: number;
  queuedAt: string;
};

export type Failure = { code: string; message: string };

type LinkData = {
  drafts: Record<string, Draft>;
  outbox: Record<string, Pending>;
  failures: Record<string, Failure>;
};

type EntryState = {
  /** Keyed by event and evaluator, so a reissued link finds what the phone still holds. */
  links: Record<string, LinkData>;
  /** The last personal link opened on this phone (so it can be found again). */
  lastToken: string | null;
  saveDraft: (link: string, projectId: string, draft: Draft) => void;
  discardDraft: (link: string, projectId: string) => void;
  enqueue: (link: string, projectId: string, pending: Pending) => void;
  retryLater: (link: string, projectId: string, retryAt: number) => void;
  /** Delivered: the queue entry, the draft and any earlier failure go. */
  delivered: (link: string, projectId: string, idempotencyKey: string) => void;
  /** Refused by the server: out of the queue, the draft stays, the reason is shown. */
  refused: (link: string, projectId: string, idempotencyKey: string, failure: Failure) => void;
  rememberToken: (token: string) => void;
};

const empty: LinkData = { drafts: {}, outbox: {}, failures: {} };
const omit = <T>(record: Record<string, T>, key: string) => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

export const useEntryStore = create<EntryState>()(
  persist(
    (set) => {
      const update = (link: string, change: (data: LinkData) => LinkData) =>
        set((s) => ({ links: { ...s.links, [link]: change(s.links[link] ?? empty) } }));
      return {
        links: {},
        lastToken: null,
        saveDraft: (link, projectId, draft) =>
          update(link, (d) => ({ ...d, drafts: { ...d.drafts, [projectId]: draft } })),
        discardDraft: (link, projectId) =>
          update(link, (d) => ({ ...d, drafts: omit(d.drafts, projectId) })),
        enqueue: (link, projectId, pending) =>
          update(link, (d) => ({
            ...d,
            outbox: { ...d.outbox, [projectId]: pending },
            failures: omit(d.failures, projectId),
          })),
        retryLater: (link, projectId, retryAt) =>
          update(link, (d) => {
            const pending = d.outbox[projectId];
            if (!pending) return d;
            const next = { ...pending, attempts: pending.attempts + 1, retryAt };
            return { ...d, outbox: { ...d.outbox, [projectId]: next } };
          }),
        delivered: (link, projectId, key) =>
          update(link, (d) =>
            // A newer submission queued meanwhile stays queued, with its draft.
            d.outbox[projectId] && d.outbox[projectId].idempotencyKey !== key
              ? d
              : {
                  drafts: omit(d.drafts, projectId),
                  outbox: omit(d.outbox, projectId),
                  failures: omit(d.failures, projectId),
                },
          ),
        refused: (link, projectId, key, failure) =>
          update(link, (d) =>
            d.outbox[projectId] && d.outbox[projectId].idempotencyKey !== key
              ? d
              : {
                  ...d,
                  outbox: omit(d.outbox, projectId),
                  failures: { ...d.failures, [projectId]: failure },
                },
          ),
        rememberToken: (token) => set({ lastToken: token }),
      };
    },
    { name: "kp-evaluator-entry", version: 1 },
  ),
);

/** The phone's data for one evaluator of one event. */
export const useLinkData = (link: string): LinkData => useEntryStore((s) => s.links[link] ?? empty);
