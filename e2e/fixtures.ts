import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

type Options = {
  /** Console errors a journey expects (e.g. the browser's own log line for a deliberate 404). */
  allowedConsoleErrors: RegExp[];
};

/** An evaluator of the open practice event, as the pages name them. */
export type JourneyEvaluator = { id: string; label: string };

/** The practice event's evaluators that no seed sheet names: each starts a run with nothing stored. */
const freshEvaluators = Array.from({ length: 13 }, (_, i) => `e${60 + i}`);

/**
 * Claims the next fresh evaluator no other journey of this run has had, across all workers (a file
 * created only if absent is the claim). A journey that writes sheets gets one of its own, so
 * journeys running side by side never write the same sheets, and each starts from none.
 */
function claimEvaluator(journey: string): JourneyEvaluator {
  const dir = process.env.E2E_EVALUATOR_CLAIMS;
  if (!dir) throw new Error("no claims directory: the run's global setup did not run");
  for (const id of freshEvaluators) {
    try {
      writeFileSync(join(dir, id), journey, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    return { id, label: `评委${id.slice(1)}` };
  }
  throw new Error(`all ${freshEvaluators.length} fresh evaluators are taken; ${journey} needs one`);
}

/**
 * Every journey fails on an unexpected console error or on a request that would leave the local
 * server: the app must work on an intranet with no internet.
 */
export const test = base.extend<Options & { guards: undefined; evaluator: JourneyEvaluator }>({
  allowedConsoleErrors: [[], { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: the fixture needs no other fixture
  evaluator: async ({}, use, testInfo) => {
    await use(claimEvaluator(testInfo.titlePath.join(" › ")));
  },
  guards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      const external: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      await page.route(
        (url) => url.protocol.startsWith("http") && url.origin !== origin,
        async (route) => {
          external.push(route.request().url());
          await route.abort();
        },
      );
      await use(undefined);
      expect(external, "requests that left the local server").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs the page's browser context in with a demo account (the password is "demo-" + its name). */
export async function signInPage(page: Page, username: "admin" | "staff" | "leader" | "unit") {
  const res = await page.request.post("/api/session", {
    data: { username, password: `demo-${username}` },
  });
  expect(res.status()).toBe(200);
}

/**
 * The desk's evaluator picker. Its accessible name is its label and the chosen evaluator
 * ("评委评委01…"); a double-entry review's selects are named "评委64 · project…", so a digit
 * right after 评委 marks those instead.
 */
export const deskEvaluatorPicker = (page: Page) =>
  page.getByRole("combobox", { name: /^评委(?!\d)/ });

/**
 * Stops the page's clock (installed with page.clock.install) where it stands, so from here on time
 * moves only by runFor/fastForward. Stops a moment ahead of the page's own "now", as the clock
 * cannot be set back and the call takes a little while to reach the page.
 */
export async function pauseClock(page: Page) {
  // On a loaded machine the call can take longer than the margin; then the target is already past
  // and the clock refuses. Read "now" again and aim further ahead.
  for (let margin = 500; ; margin *= 2) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + margin);
      return;
    } catch (error) {
      if (margin >= 8000 || !String(error).includes("to the past")) throw error;
    }
  }
}

/**
 * Lets the page finish what the last clock step started (a timer's state change, its render)
 * without letting any time pass: a message round trip runs after React's scheduled work.
 */
export async function settle(page: Page) {
  for (let i = 0; i < 3; i++)
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
    );
}

/** Runs the page's (paused) clock for `ms` and lets the page draw what the timers changed. */
export async function runClock(page: Page, ms: number) {
  await page.clock.runFor(ms);
  await settle(page);
}

/**
 * Waits until the element stops changing: the same markup and boxes two frames apart and no finite
 * CSS animation running (charts drawing in, map tiles fading). Waits on the page, not on a fixed time.
 */
export async function untilStill(page: Page, selector: string) {
  const snapshot = () =>
    page.evaluate(async (sel) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
      const look = () => {
        const el = document.querySelector(sel);
        if (!el) return "";
        const boxes = [...el.querySelectorAll("*")].map((e) => {
          const r = e.getBoundingClientRect();
          return `${r.x},${r.y},${r.width},${r.height}`;
        });
        return `${el.outerHTML.length}|${boxes.join(";")}`;
      };
      const running = () =>
        document
          .getAnimations()
          .some((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity);
      const before = look();
      await frame();
      await frame();
      return before === look() && !running();
    }, selector);
  await expect.poll(snapshot, { message: `${selector} keeps changing` }).toBe(true);
}
