import { createSignInLimiter } from "./auth/rate-limit";
import { type ChangeRelay, createChangeFeed } from "./live/change-feed";
import { createAccountsStore } from "./store/accounts-store";
import { createAuditStore } from "./store/audit-store";
import { createCategoriesStore } from "./store/categories-store";
import { createDisplayScreensStore } from "./store/display-screens-store";
import { createDoubleEntryStore } from "./store/double-entry-store";
import { createEventWrites } from "./store/event-writes";
import { createGroupCommit } from "./store/group-commit";
import { createIdempotencyStore } from "./store/idempotency-store";
import { createPasswordLinksStore } from "./store/password-links-store";
import { createPlanWrites } from "./store/plan-writes";
import { createProblemWrites } from "./store/problem-writes";
import { createProjectWrites } from "./store/project-writes";
import { createReadStore } from "./store/read-store";
import { createReportsStore } from "./store/reports-store";
import { createSheetBatch } from "./store/sheet-batch";
import { createSheetWrites } from "./store/sheet-writes";
import { type Store, storeAnswers } from "./store/sql";
import { createTokensStore } from "./store/tokens-store";

/**
 * Everything the routes need, built once over one store (SQLite or PostgreSQL). On PostgreSQL,
 * live changes also travel between the nodes that share the database (`relay`).
 */
export function createServices(sqlStore: Store, relay?: ChangeRelay) {
  const audit = createAuditStore(sqlStore);
  const writes = createSheetWrites(sqlStore);
  // Its ensureSeedRounds() runs at startup, before the server answers (see start-server.ts).
  const reports = createReportsStore(sqlStore);
  return {
    store: createReadStore(sqlStore),
    accounts: createAccountsStore(sqlStore),
    tokens: createTokensStore(sqlStore),
    audit,
    /** Reporting rounds (填报轮次) and the 旬报 written in them. */
    reports,
    idempotency: createIdempotencyStore(sqlStore),
    writes,
    /** Many sheets in one transaction (imports): all stored, or none. */
    sheetBatch: createSheetBatch(sqlStore, writes),
    eventWrites: createEventWrites(sqlStore),
    /** 问题清单 and milestone replans, audited. */
    problemWrites: createProblemWrites(sqlStore),
    /** The project list (项目库): create, edit, archive, audited. */
    projectWrites: createProjectWrites(sqlStore),
    /** The district's project categories. */
    categories: createCategoriesStore(sqlStore),
    /** Blind double entry of paper sheets: keyings, and mismatches for a third look. */
    doubleEntries: createDoubleEntryStore(sqlStore, writes),
    /** Wall screens' newest heartbeats. */
    displayScreens: createDisplayScreensStore(sqlStore),
    feed: createChangeFeed(relay),
    // In 15 minutes: 5 tries at one account from one address, 30 from one address at any
    // accounts, 100 at one account from anywhere.
    limiter: createSignInLimiter(sqlStore, {
      perAccountAndAddress: 5,
      perAddress: 30,
      perAccount: 100,
      windowMs: 15 * 60_000,
    }),
    /** Set-password links admins give out instead of one-time passwords. */
    passwordLinks: createPasswordLinksStore(sqlStore),
    /** A project's year plans and milestones, edited in the app, audited. */
    planWrites: createPlanWrites(sqlStore),
    /** Score sheet writes arriving together share one durable commit (one fsync). */
    commits: createGroupCommit(sqlStore),
    /** Which database the store is on, and whether it answers now. */
    storeHealth: { kind: sqlStore.kind, answers: () => storeAnswers(sqlStore) },
  };
}
export type Services = ReturnType<typeof createServices>;
