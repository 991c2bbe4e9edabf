/**
 * How every local Chromium is started (tests, benchmarks, screenshots): no sandbox (root in CI), and
 * nothing that phones home — the machines and the intranet have no internet.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
