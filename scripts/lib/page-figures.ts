/**
 * What a person feels on the main pages at a given list size: total blocking time, LCP, DOM nodes,
 * and how long one sort click and one typed filter take to show. Chromium unthrottled, 1440×900.
 *
 * The hook for the pages' work: add a route to ROUTES, or a page's own sort/filter steps to
 * INTERACTIONS (a selector to click, a field to type into), and bench:scale prints them.
 */
import type { BrowserContext, Page } from "playwright";
import { launchLocalChromium } from "./local-run";

export type PageFigures = {
  route: string;
  tbt: number;
  lcp: number;
  domNodes: number;
  /** From the click on a column header to the next frame, ms; null where the page has no sort. */
  sortMs: number | null;
  /** From typing into the search field to the next frame, ms; null where the page has none. */
  filterMs: number | null;
  /** Set when no load finished (e.g. a timeout); the figures are then meaningless. */
  error?: string;
};

export const ROUTES = [
  "/",
  "/map",
  "/projects",
  "/review",
  "/problems",
  "/reports",
  "/results",
  "/projects/:id",
  "/admin/events",
  "/entry",
  "/display?panels=overview",
  "/display?panels=progress",
  "/display?panels=ranking",
  "/display?panels=spotlight",
  "/display?panels=dispatch",
];

type Role = "staff" | "leader" | "admin";
/** Who is signed in for a route (the demo accounts); routes not named are measured signed out. */
export const ROUTE_ROLES: Record<string, Role> = {
  "/review": "leader",
  "/problems": "staff",
  "/reports": "staff",
  "/admin/events": "admin",
  "/entry": "staff",
};
/** One load, its figures and its interactions may take this long before the load counts as failed. */
const LOAD_LIMIT_S = 240;

type Interaction = { sort?: string; filter?: { field: string; text: string } };
/** Per route: what one sort and one filter are. */
export const INTERACTIONS: Record<string, Interaction> = {
  "/projects": {
    sort: "th[aria-sort] button, th button",
    filter: { field: "input[type=search], input[type=text]", text: "青岛" },
  },
  "/review": { sort: "button.review-sort" },
  "/problems": { sort: "th[aria-sort] button" },
  "/reports": { filter: { field: ".report-grid input[data-cell]", text: "120" } },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Time from an action on `selector` to the frame after it, measured in the page. */
async function timeAction(page: Page, selector: string, action: "click" | string) {
  const target = page.locator(selector).first();
  if (!(await target.count())) return null;
  await target.scrollIntoViewIfNeeded();
  return page.evaluate(
    async ({ selector, action }) => {
      const el = document.querySelector(selector) as HTMLInputElement | null;
      if (!el) return null;
      const t0 = performance.now();
      if (action === "click") el.click();
      else {
        // React listens for input events on a value set through the native setter.
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        setter?.call(el, action);
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    { selector, action },
  );
}

/** Signs the context in as the route's role; returns the path to load (a real id for `:id`). */
async function signInFor(context: BrowserContext, url: string, route: string): Promise<string> {
  const wall = route.startsWith("/display");
  // The wall signs in with a display token, which an admin makes.
  const role = wall ? "admin" : ROUTE_ROLES[route];
  if (role) {
    const answer = await context.request.post(`${url}/api/session`, {
      data: { username: role, password: `demo-${role}` },
    });
    if (!answer.ok()) throw new Error(`signing in as ${role}: ${answer.status()}`);
    if (wall) {
      const { csrfToken } = (await answer.json()) as { csrfToken: string };
      const made = await context.request.post(`${url}/api/display-tokens`, {
        data: {},
        headers: { "X-CSRF-Token": csrfToken },
      });
      const { token } = (await made.json()) as { token: string };
      await context.request.delete(`${url}/api/session`, {
        headers: { "X-CSRF-Token": csrfToken },
      });
      return `${route}&token=${encodeURIComponent(token)}`;
    }
  }
  if (!route.includes(":id")) return route;
  const list = (await (await context.request.get(`${url}/api/projects`)).json()) as {
    projects: { id: string }[];
  };
  return route.replace(":id", encodeURIComponent(list.projects[0]?.id ?? ""));
}

async function measureOnce(
  page: Page,
  url: string,
  path: string,
  route: string,
): Promise<PageFigures> {
  await watchLoad(page);
  // The wall keeps its live stream open, so the network is never idle there: it gets time instead.
  const wall = route.startsWith("/display");
  await page.goto(`${url}${path}`, {
    waitUntil: wall ? "load" : "networkidle",
    timeout: 180_000,
  });
  await page.waitForTimeout(wall ? 6000 : 1000);
  const { tbt, lcp, domNodes } = await loadFigures(page);
  const steps = INTERACTIONS[route] ?? {};
  const sortMs = steps.sort ? await timeAction(page, steps.sort, "click") : null;
  const filterMs = steps.filter
    ? await timeAction(page, steps.filter.field, steps.filter.text)
    : null;
  return { route, tbt, lcp, domNodes, sortMs, filterMs };
}

/** Before a load: records its long tasks and its largest contentful paint in the page. */
export async function watchLoad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __longTasks: [number, number][] };
    w.__lcp = 0;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
}

/** After a load watched by watchLoad: blocking time, LCP and the page's DOM size. */
export function loadFigures(page: Page): Promise<{ tbt: number; lcp: number; domNodes: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __lcp: number; __longTasks: [number, number][] };
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    // Lighthouse's TBT: the part of each long task beyond 50 ms, after first contentful paint.
    const tbt = w.__longTasks
      .filter(([start, duration]) => start + duration > fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    return { tbt, lcp: w.__lcp, domNodes: document.getElementsByTagName("*").length };
  });
}

/** Median figures of `runs` cold loads per route against a running server at `url`. */
export async function measurePages(
  url: string,
  runs: number,
  routes: string[] = ROUTES,
): Promise<PageFigures[]> {
  const browser = await launchLocalChromium();
  try {
    const out: PageFigures[] = [];
    for (const route of routes) {
      const samples: PageFigures[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        try {
          // A page busy for minutes never answers page.evaluate: give up on that load.
          const path = await signInFor(context, url, route);
          const page = await context.newPage();
          samples.push(
            await Promise.race([
              measureOnce(page, url, path, route),
              new Promise<never>((_, reject) =>
                // unref: a load that did answer leaves no timer keeping the bench alive.
                setTimeout(
                  () => reject(new Error(`no answer within ${LOAD_LIMIT_S} s`)),
                  LOAD_LIMIT_S * 1000,
                ).unref(),
              ),
            ]),
          );
        } catch (error) {
          console.log(`  ${route}: ${(error as Error).message.split("\n")[0]}`);
        } finally {
          await context.close();
        }
      }
      if (samples.length === 0) {
        const none = { route, tbt: 0, lcp: 0, domNodes: 0, sortMs: null, filterMs: null };
        out.push({ ...none, error: "no load finished (see above)" });
        continue;
      }
      const pick = (f: (s: PageFigures) => number | null) => {
        const values = samples.map(f).filter((v): v is number => v !== null);
        return values.length ? median(values) : null;
      };
      out.push({
        route,
        tbt: pick((s) => s.tbt) ?? 0,
        lcp: pick((s) => s.lcp) ?? 0,
        domNodes: pick((s) => s.domNodes) ?? 0,
        sortMs: pick((s) => s.sortMs),
        filterMs: pick((s) => s.filterMs),
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}
