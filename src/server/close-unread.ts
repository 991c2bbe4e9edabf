import type { HttpBindings } from "@hono/node-server";
import type { MiddlewareHandler } from "hono";

/**
 * Answers sent before the request's body has arrived (413, 401, 403, 429 …) say
 * `Connection: close`. Otherwise the client, told the connection stays open, sends its next
 * request behind the unread body, and the server, which gives up reading it, drops the socket
 * under that request.
 */
export function closeWhenBodyUnread(): MiddlewareHandler<{ Bindings: HttpBindings }> {
  return async (c, next) => {
    await next();
    const incoming = c.env?.incoming;
    if (!incoming || incoming.complete) return;
    const hasBody =
      Number(c.req.header("content-length") ?? 0) > 0 || c.req.header("transfer-encoding");
    if (hasBody) c.res.headers.set("Connection", "close");
  };
}
