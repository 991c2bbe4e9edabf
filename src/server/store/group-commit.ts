import { sql } from "kysely";
import type { Store } from "./sql";

/** How many writes went into how many durable commits, for the benchmark. */
export type GroupCommitStats = { commits: number; writes: number; largest: number };

/** Enough to share one fsync widely, few enough that one commit does not hold the server up. */
const maxWritesPerCommit = 256;

/**
 * Group commit: writes queued while the server is busy (for instance blocked in the previous
 * commit's fsync) go into ONE transaction, each in its own savepoint, so the disk is flushed once
 * for all of them instead of once per write. A write that throws rolls back only its savepoint and
 * rejects only its own promise; the others stay. Every promise settles only after the transaction
 * holding its write is durable (synchronous = FULL), so nothing is acknowledged that a power cut
 * could lose. Each write runs alone and in order inside the transaction, so a read-then-write
 * (If-Match, an idempotency lookup) cannot interleave with another write.
 */
export function createGroupCommit(store: Store) {
  type Pending = {
    work: () => unknown;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  };
  let queue: Pending[] = [];
  let scheduled = false;
  const stats: GroupCommitStats = { commits: 0, writes: 0, largest: 0 };

  // The same statements on SQLite and PostgreSQL; one at a time, so one name serves.
  const savepoint = (statement: "SAVEPOINT" | "RELEASE SAVEPOINT" | "ROLLBACK TO SAVEPOINT") =>
    sql.raw(`${statement} one_write`).execute(store.q());

  const flush = async () => {
    scheduled = false;
    const batch = queue.slice(0, maxWritesPerCommit);
    queue = queue.slice(batch.length);
    if (queue.length) schedule();
    if (!batch.length) return;
    const settled: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      await store.transaction(async () => {
        for (const { work } of batch) {
          await savepoint("SAVEPOINT");
          try {
            settled.push({ ok: true, value: await work() });
            await savepoint("RELEASE SAVEPOINT");
          } catch (error) {
            await savepoint("ROLLBACK TO SAVEPOINT");
            await savepoint("RELEASE SAVEPOINT");
            settled.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the batch is stored.
      for (const { reject } of batch) reject(error);
      return;
    }
    stats.commits += 1;
    stats.writes += batch.length;
    stats.largest = Math.max(stats.largest, batch.length);
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = settled[i];
      if (outcome?.ok) resolve(outcome.value);
      else reject(outcome?.error);
    });
  };
  // After the current I/O phase: every request already read from the sockets joins this commit.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  };

  return {
    /** Runs `work` in the next shared transaction; resolves with its result once that is durable. */
    run<T>(work: () => T | Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        schedule();
      });
    },
    stats(): GroupCommitStats {
      return { ...stats };
    },
  };
}
export type GroupCommit = ReturnType<typeof createGroupCommit>;
