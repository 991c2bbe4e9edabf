import { displayCredentials } from "../../../api/credentials";
import { type LiveState, useLiveUpdates } from "../../../lib/use-live-updates";

export type { LiveState } from "../../../lib/use-live-updates";

/** The screen's live stream, with its display token; none until it has one. */
export const useWallLive = (token: string | null): LiveState =>
  useLiveUpdates(token ? displayCredentials(token) : null);
