// `npm run screenshots [route…]`: full-page screenshots of every screen at phone, desktop and wall
// sizes into e2e/screenshots/ (git-ignored), for people to look at. Builds the client first.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchLocalChromium, startTempServer } from "./lib/local-run";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, "e2e/screenshots");
const sizes = [
  { name: "phone", width: 390, height: 844, scale: 2 },
  { name: "desktop", width: 1440, height: 900, scale: 1 },
  { name: "wall", width: 1920, height: 1080, scale: 1 },
  { name: "wall4k", width: 3840, height: 2160, scale: 1 },
];

if (!process.env.SKIP_BUILD)
  spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
mkdirSync(outDir, { recursive: true });
const server = await startTempServer({ withClient: true });
const { projects } = (await (await fetch(`${server.url}/api/projects`)).json()) as {
  projects: { id: string }[];
};
const routes = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/map", "/projects", `/projects/${projects[1]?.id}`, "/results", "/?lang=en"];

const browser = await launchLocalChromium();
for (const size of sizes) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
    locale: "zh-CN",
  });
  const page = await context.newPage();
  for (const route of routes) {
    await page.goto(`${server.url}${route}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(800);
    const slug = route.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "overview";
    const file = join(outDir, `${slug}.${size.name}.png`);
    await page.screenshot({ path: file, fullPage: size.name !== "wall4k" });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
