import { mkdirSync } from "node:fs";
import { join } from "node:path";

type Shootable = { screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown> };

/**
 * A screenshot for a person to look at, written only when SHOTS_DIR names a folder: journeys
 * show screens while they test them, and CI runs keep nothing.
 */
export async function reviewShot(target: Shootable, name: string, fullPage = false) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await target.screenshot({ path: join(dir, `${name}.png`), ...(fullPage ? { fullPage } : {}) });
}
