import { type Context, Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { documented } from "../api-doc";
import type { AppEnv } from "../auth/actor";
import type { Change, ChangeFeed } from "../live/change-feed";

/**
 * GET /api/live: a server-sent event stream of "this changed". Clients invalidate the matching
 * queries and refetch; the data itself never travels twice. A "ping" event every 15 s keeps proxies
 * from closing an idle connection and lets a client notice a stream that went silent (a frozen
 * server or a half-open connection never closes by itself; a comment would be invisible to it). Each time it wakes, the stream checks that its credentials still
 * hold and ends if not (a revoked wall-screen token, a signed-out session): the client's reconnect
 * then gets the 401 and says so, instead of a stream that outlives its access for days.
 */
export function liveRoutes(
  feed: ChangeFeed,
  stillAllowed: (c: Context<AppEnv>) => Promise<boolean>,
  heartbeatMs = 15_000,
) {
  return new Hono<AppEnv>().get(
    "/",
    documented({
      summary: "Server-sent events: `change` whenever data changes, `ping` every 15 s",
      description:
        "Events: `ready` {at}; `change` {type: sheets|event|projects|…, eventId?, …}; `ping`. A wall screen may pass its token as ?token=.",
      tags: ["live"],
      answers: {
        200: { description: "The event stream", media: { "text/event-stream": "event-stream" } },
      },
    }),
    (c) => {
      // A proxy that buffers (nginx does by default) would hold changes back until its buffer fills.
      c.header("X-Accel-Buffering", "no");
      return streamSSE(c, async (stream) => {
        const queue: Change[] = [];
        let wake: (() => void) | undefined;
        const unsubscribe = feed.subscribe((change) => {
          queue.push(change);
          wake?.();
        });
        let open = true;
        stream.onAbort(() => {
          open = false;
          unsubscribe();
          wake?.();
        });
        await stream.writeSSE({
          event: "ready",
          data: JSON.stringify({ at: new Date().toISOString() }),
        });
        while (open) {
          const change = queue.shift();
          if (change?.type === "access") {
            if (!(await stillAllowed(c))) break;
            continue;
          }
          if (change) {
            await stream.writeSSE({ event: "change", data: JSON.stringify(change) });
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, heartbeatMs);
          });
          wake = undefined;
          if (open && !(await stillAllowed(c))) break;
          if (open && !queue.length) await stream.writeSSE({ event: "ping", data: "" });
        }
        unsubscribe();
      });
    },
  );
}
