import type { Change, ChangeFeed } from "./change-feed";

/**
 * Changes a write makes, told to open pages only once the transaction holding it has committed:
 * a page that refetches at once then reads the change, and a write that fails or is rolled back
 * is never announced. `add` inside the write; `publish` after it has returned.
 */
export function changesAfterCommit(feed: ChangeFeed) {
  const changes: Change[] = [];
  return {
    add(change: Change) {
      changes.push(change);
    },
    publish() {
      for (const change of changes.splice(0)) feed.publish(change);
    },
  };
}
