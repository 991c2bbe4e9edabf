/** What changed, so open pages can refetch exactly the matching queries. */
export type Change =
  | { type: "sheets"; eventId: string; projectId: string; evaluatorId: string }
  | { type: "event"; eventId: string }
  | { type: "projects" }
  /** A round opened or closed, or a report sent, entered or reviewed (projects may have moved). */
  | { type: "reports"; period: string; projectId?: string }
  /** A token was revoked or a session ended: open streams re-check their own, and end if gone.
   *  Never sent to clients. */
  | { type: "access" };

type Listener = (change: Change) => void;

/** In-process fan-out of changes to the live (SSE) connections. */
export function createChangeFeed() {
  const listeners = new Set<Listener>();
  return {
    publish(change: Change) {
      for (const listener of listeners) listener(change);
    },
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get size() {
      return listeners.size;
    },
  };
}
export type ChangeFeed = ReturnType<typeof createChangeFeed>;
