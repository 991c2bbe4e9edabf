// `npm run bench:lighthouse`: builds the client, serves it with a fresh store, and runs Lighthouse 12.8
// (desktop preset) on every screen: the public ones as a visitor, the staff ones signed in as the
// seed's admin, the wall with a display token. Prints, per route, the median run by performance score
// with its metrics, the accessibility and best-practices scores of that run, and the machine's
// load average when the route was done (other work on the machine shows as a lower score).
// Lighthouse is not a dependency: this fetches lighthouse@12.8 through `npx -y` at run time (once,
// then npm's cache), and drives the system's Chromium. LH_RUNS=3 runs per route; LH_ROUTES=/map,/
// measures only those paths; LH_PORT serves on that port (a free one by default).
import { spawn, spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { latestAgendaPeriod } from "../src/domain/dispatch-agenda";
// @ts-expect-error — a plain ES module without types
import { findBrowser } from "./find-browser.mjs";
import { chromiumArgs } from "./lib/chromium-args";
import { startTempServer } from "./lib/local-run";
import { textTable } from "./lib/text-table";

const root = resolve(import.meta.dirname, "..");
const runs = Number(process.env.LH_RUNS ?? 3);
const onlyRoutes = process.env.LH_ROUTES?.split(",").filter(Boolean);

console.log("Building the client…");
if (
  spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" }).status
)
  process.exit(1);

const server = await startTempServer({ withClient: true, port: Number(process.env.LH_PORT ?? 0) });

const signIn = await fetch(`${server.url}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password: "demo-admin" }),
});
const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
const csrf = ((await signIn.json()) as { csrfToken: string }).csrfToken;
const issued = await fetch(`${server.url}/api/display-tokens`, {
  method: "POST",
  headers: { cookie, "x-csrf-token": csrf, "content-type": "application/json" },
  body: JSON.stringify({ label: "lighthouse" }),
});
const { token } = (await issued.json()) as { token: string };
const overview = (await (await fetch(`${server.url}/api/projects`)).json()) as {
  asOf: string;
  projects: { id: string }[];
};
const period = latestAgendaPeriod(overview.asOf);
const chromePath: string = findBrowser();

type Route = { path: string; signedIn: boolean };
const allRoutes: Route[] = [
  ...[
    "/",
    "/map",
    "/projects",
    `/projects/${overview.projects[0]?.id}`,
    "/results",
    "/problems",
  ].map((path) => ({ path, signedIn: false })),
  ...[
    "/results/bulletin",
    "/review",
    `/dispatch/${period}`,
    `/dispatch/${period}/bulletin`,
    "/reports",
  ].map((path) => ({ path, signedIn: true })),
  { path: `/display?token=${token}`, signedIn: false },
];
const routes = onlyRoutes
  ? allRoutes.filter((r) => onlyRoutes.some((p) => r.path.split("?")[0] === p))
  : allRoutes;

type Run = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: Record<"fcp" | "lcp" | "tbt" | "cls" | "si", number>;
};

/** One Lighthouse run as a child process (async, so this process keeps serving the pages). */
function lighthouse(route: Route): Promise<Run> {
  const args = [
    "-y",
    "lighthouse@12.8",
    `${server.url}${route.path}`,
    "--preset=desktop",
    "--only-categories=performance,accessibility,best-practices",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--chrome-flags=--headless=new ${chromiumArgs.join(" ")}`,
    ...(route.signedIn ? [`--extra-headers=${JSON.stringify({ cookie })}`] : []),
  ];
  const child = spawn("npx", args, {
    cwd: root,
    env: { ...process.env, CHROME_PATH: chromePath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  return new Promise((done, fail) =>
    child.on("exit", (code) => {
      if (code) return fail(new Error(`lighthouse exited with ${code} on ${route.path}`));
      const lhr = JSON.parse(out);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      done({
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        metrics: {
          fcp: value("first-contentful-paint"),
          lcp: value("largest-contentful-paint"),
          tbt: value("total-blocking-time"),
          cls: value("cumulative-layout-shift"),
          si: value("speed-index"),
        },
      });
    }),
  );
}

/** Lighthouse now and then loses the trace (NO_NAVSTART) on this Chromium: such a run is run again. */
async function measured(route: Route, attempts = 3): Promise<Run> {
  try {
    return await lighthouse(route);
  } catch (error) {
    if (attempts <= 1) throw error;
    console.log(`${(error as Error).message}: again`);
    return measured(route, attempts - 1);
  }
}

const ms = (n: number) => `${Math.round(n)} ms`;
const rows: string[][] = [];
try {
  for (const route of routes) {
    const done: Run[] = [];
    for (let i = 0; i < runs; i++) done.push(await measured(route));
    done.sort((a, b) => a.performance - b.performance);
    const median = done[Math.floor(done.length / 2)] as Run;
    const shown = route.path.replace(/token=.*/, "token=…");
    rows.push([
      `${shown}${route.signedIn ? " (signed in)" : ""}`,
      String(median.performance),
      done.map((r) => r.performance).join("/"),
      ms(median.metrics.fcp),
      ms(median.metrics.lcp),
      ms(median.metrics.tbt),
      median.metrics.cls.toFixed(3),
      ms(median.metrics.si),
      String(median.accessibility),
      String(median.bestPractices),
      // Other work on the machine slows the page's scripts: the figures are only as quiet as this.
      (loadavg()[0] ?? 0).toFixed(1),
    ]);
    console.log(`${shown}: ${done.map((r) => r.performance).join("/")}`);
  }
} finally {
  await server.close();
}
console.log(
  `\nLighthouse 12.8, desktop preset, ${runs} run(s) per route, the median run by performance:\n`,
);
console.log(
  textTable(
    ["route", "perf", "runs", "FCP", "LCP", "TBT", "CLS", "SI", "a11y", "best pr.", "load"],
    rows,
  ),
);
