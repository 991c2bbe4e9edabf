/** What changed, so open pages can refetch exactly the matching queries. */
export type Change =
  | { type: "sheets"; eventId: string; projectId: string; evaluatorId: string }
  | { type: "event"; eventId: string }
  | { type: "projects" }
  /** A round opened or closed, or a report sent, entered or reviewed (projects may have moved). */
  | { type: "reports"; period: string; projectId?: string }
  /** A token was revoked or a session ended: open streams re-check their own, and end if gone.
   *  Never sent to clients. */
  | { type: "access" }
  /** Changes may have been missed (this node lost touch with the others): refetch everything. */
  | { type: "all" };

type Listener = (change: Change) => void;

/**
 * Carries changes between the nodes that serve one database, so a write taken by one reaches the
 * live connections of every other. One node alone (the embedded store) needs none.
 */
export type ChangeRelay = {
  /** Sends a change published on this node to the others. */
  send(change: Change): void;
  /**
   * Starts handing over the other nodes' changes; `missed` is called when some may have been lost
   * (the relay's connection dropped and came back).
   */
  start(deliver: (change: Change) => void, missed: () => void): Promise<void>;
  close(): Promise<void>;
};

/** Fan-out of changes to the live (SSE) connections of this node, and through `relay` to others. */
export function createChangeFeed(relay?: ChangeRelay) {
  const listeners = new Set<Listener>();
  const deliver = (change: Change) => {
    for (const listener of listeners) listener(change);
  };
  return {
    publish(change: Change) {
      deliver(change);
      relay?.send(change);
    },
    /** Begins hearing the other nodes' changes (nothing to do without a relay). */
    async start() {
      await relay?.start(deliver, () => deliver({ type: "all" }));
    },
    async close() {
      await relay?.close();
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
