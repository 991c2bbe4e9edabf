import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Which running processes serve a store: each server leaves a marker (its pid) in the store's
 * folder while it runs, so a restore can refuse to replace a file under a live server. SQLite
 * itself cannot tell: an idle connection in WAL mode holds no lock another process would see.
 */
const markers = (dataDir: string) => join(dataDir, "open-by");

/** Marks the store as served by this process until the returned release is called. */
export function markStoreOpen(dataDir: string): () => void {
  mkdirSync(markers(dataDir), { recursive: true });
  const file = join(markers(dataDir), `${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  writeFileSync(file, new Date().toISOString());
  const release = () => {
    rmSync(file, { force: true });
    process.off("exit", release);
  };
  // A process that ends without closing its server takes its marker with it.
  process.on("exit", release);
  return release;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** The pids of live processes serving the store; markers of dead ones (killed -9) are removed. */
export function storeServedBy(dataDir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(markers(dataDir));
  } catch {
    return [];
  }
  const pids = new Set<number>();
  for (const name of names) {
    const pid = Number(name.split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) pids.add(pid);
    else rmSync(join(markers(dataDir), name), { force: true });
  }
  return [...pids];
}
