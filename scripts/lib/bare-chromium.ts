import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
// @ts-expect-error — a plain ES module without types
import { findBrowser } from "../find-browser.mjs";
import { chromiumArgs } from "./chromium-args";

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Message = { id?: number; method?: string; result?: unknown; error?: { message: string } };

/**
 * Chromium driven over the DevTools protocol on a pipe, with no automation library in between.
 * Memory measurements need this: an automation library enables the Network domain on every page,
 * and Chromium then keeps each response body in the renderer — a steady growth the page itself
 * does not cause. Here only the domains the caller asks for are on.
 */
export async function launchBareChromium(size: { width: number; height: number }) {
  const profile = mkdtempSync(join(tmpdir(), "kp-chromium-"));
  const child = spawn(
    findBrowser(),
    [
      ...chromiumArgs,
      "--headless",
      `--window-size=${size.width},${size.height}`,
      `--user-data-dir=${profile}`,
      "--remote-debugging-pipe",
      "about:blank",
    ],
    // fd 3 carries commands to Chromium, fd 4 its answers (NUL-separated JSON).
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let buffered = "";
  fromBrowser.setEncoding("utf8");
  fromBrowser.on("data", (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf("\0"); end >= 0; end = buffered.indexOf("\0")) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting || message.id === undefined) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });

  const send = <R = Record<string, unknown>>(
    method: string,
    params: object = {},
    sessionId?: string,
  ): Promise<R> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  const { targetId } = await send<{ targetId: string }>("Target.createTarget", {
    url: "about:blank",
  });
  const { sessionId } = await send<{ sessionId: string }>("Target.attachToTarget", {
    targetId,
    flatten: true,
  });
  const page = {
    send: <R = Record<string, unknown>>(method: string, params: object = {}) =>
      send<R>(method, params, sessionId),
    async evaluate<R>(expression: string): Promise<R> {
      const { result } = await page.send<{ result: { value: R } }>("Runtime.evaluate", {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      return result.value;
    },
    async waitFor(expression: string, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (!(await page.evaluate<boolean>(`Boolean(${expression})`))) {
        if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async press(key: "ArrowRight" | "ArrowLeft") {
      const keyCode = key === "ArrowRight" ? 39 : 37;
      for (const type of ["keyDown", "keyUp"] as const)
        await page.send("Input.dispatchKeyEvent", {
          type,
          key,
          code: key,
          windowsVirtualKeyCode: keyCode,
        });
    },
  };
  return {
    page,
    browserSend: send,
    async close() {
      await send("Browser.close").catch(() => {});
      await new Promise((r) => (child.exitCode === null ? child.once("exit", r) : r(null)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
