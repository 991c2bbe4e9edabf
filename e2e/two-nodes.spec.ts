import type { APIRequestContext, Page, PlaywrightWorkerArgs } from "@playwright/test";
import { inCi, testDatabaseUrl, testPostgresSchema } from "../src/server/store/test-schema";
import { expect, test } from "./fixtures";
import { ownServer, ownServerUrl } from "./own-server";
import { reviewShot } from "./review-shot";

/**
 * Two app nodes serve one PostgreSQL database (a schema of this journey's own): what is written
 * on one reaches pages served by the other without a reload, within a second, and a session
 * signed in on one node is good on the other.
 */
const eventId = "demo-entry-practice";
const nodeA = ownServerUrl("twoNodesA");
const nodeB = ownServerUrl("twoNodesB");
/** A sheet arriving on another node shows within this long of its writer's answer (the second). */
const withinMs = 1_000;
const sheet = {
  scores: { progress: 30, investment: 20, technology: 20, site_management: 15, benefit: 15 },
  vote: "satisfied",
  reason: "e2e: written on the other node",
};

type Api = { api: APIRequestContext; csrfToken: string };

/** A staff session made by signing in on `baseURL`. */
async function signInStaff(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string) {
  const api = await playwright.request.newContext({ baseURL });
  const res = await api.post("/api/session", {
    data: { username: "staff", password: "demo-staff" },
  });
  expect(res.status()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { api, csrfToken };
}

/** Stores a sheet through `api`'s node; resolves at the node's acknowledgement. */
async function putSheet({ api, csrfToken }: Api, evaluatorId: string, projectId: string) {
  const put = await api.put(`/api/events/${eventId}/sheets/${evaluatorId}/${projectId}`, {
    headers: { "x-csrf-token": csrfToken },
    data: sheet,
  });
  expect(put.status(), await put.text()).toBe(201);
  return Date.now();
}

/**
 * Opens the results page and waits until its live stream is subscribed (the server's "ready"),
 * so a change from now on must reach it. Marks the document: a reload would lose the mark.
 */
async function openResults(page: Page, projectId: string) {
  await page.addInitScript(() => {
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("ready", () => {
          (window as { liveReady?: boolean }).liveReady = true;
        });
      }
    };
  });
  await page.goto(`/results?event=${eventId}`);
  await expect
    .poll(() => page.evaluate(() => (window as { liveReady?: boolean }).liveReady))
    .toBe(true);
  await page.evaluate(() => {
    (window as { sameDocument?: boolean }).sameDocument = true;
  });
  const row = page
    .locator("tr", { has: page.locator(`a[href*="/projects/${projectId}"]`) })
    .first();
  await expect(row).toBeVisible();
  return row.locator("td").last();
}

const stillSameDocument = (page: Page) =>
  page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true);

// Without a database the journey is skipped and says why (in its title and its annotation),
// except in CI, where that fails: there a skipped journey would pass unseen.
const noDatabase = "TEST_DATABASE_URL is not set (scripts/postgres-for-tests.mjs makes one)";
const title = "two nodes on one PostgreSQL database";
if (!testDatabaseUrl && inCi)
  test(`${title}: has a database to run on`, () => {
    throw new Error(`CI must run this journey: ${noDatabase}`);
  });
else
  test.describe(testDatabaseUrl ? title : `${title} — skipped: ${noDatabase}`, () => {
    test.skip(!testDatabaseUrl, noDatabase);
    test.describe.configure({ mode: "serial" });

    let schema: Awaited<ReturnType<typeof testPostgresSchema>> | undefined;
    let servers: ReturnType<typeof ownServer>[] = [];
    let projectId = "";

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      schema = await testPostgresSchema();
      const a = ownServer("twoNodesA", { databaseUrl: schema.urlInSchema });
      const b = ownServer("twoNodesB", { databaseUrl: schema.urlInSchema });
      servers = [a, b];
      // A first: it migrates and seeds the empty schema; B then finds it ready.
      await a.start();
      await b.start();
      const events = await fetch(`${nodeA}/api/events/${eventId}`);
      projectId = ((await events.json()) as { event: { projectIds: string[] } }).event
        .projectIds[0] as string;
    });
    test.afterAll(async () => {
      for (const server of servers) await server.dispose();
      await schema?.drop();
    });

    test.describe("a page served by node B", () => {
      test.use({ baseURL: nodeB });

      test("shows a sheet written on node A without a reload, within a second of A's answer", async ({
        page,
        playwright,
      }, testInfo) => {
        const sheetCell = await openResults(page, projectId);
        const before = Number(await sheetCell.textContent());

        const onA = await signInStaff(playwright, nodeA);
        const ackedAt = await putSheet(onA, "e60", projectId);
        await expect(sheetCell).toHaveText(String(before + 1), { timeout: withinMs });
        testInfo.annotations.push({
          type: "seen on B after A's answer",
          description: `${Date.now() - ackedAt} ms`,
        });
        expect(await stillSameDocument(page), "the page was not reloaded").toBe(true);
        await reviewShot(page, "two-nodes-results-on-b-1440");
        await onA.api.dispose();
      });
    });

    test.describe("a page served by node A", () => {
      test.use({ baseURL: nodeA });

      test("a session signed in on node A writes on node B, and A's page shows it within a second", async ({
        page,
        playwright,
      }, testInfo) => {
        const sheetCell = await openResults(page, projectId);
        const before = Number(await sheetCell.textContent());

        // Signed in on A; a fresh client of B gets only A's session cookie (set for B's host) and
        // its CSRF token: B knows the session from the shared database.
        const onA = await signInStaff(playwright, nodeA);
        const { cookies } = await onA.api.storageState();
        const session = cookies.find((cookie) => cookie.name === "kp_session");
        expect(session, "A's sign-in sets the session cookie").toBeTruthy();
        const onB = {
          api: await playwright.request.newContext({
            baseURL: nodeB,
            storageState: {
              cookies: session ? [{ ...session, domain: new URL(nodeB).hostname }] : [],
              origins: [],
            },
          }),
          csrfToken: onA.csrfToken,
        };
        const who = await (await onB.api.get("/api/session")).json();
        expect(who).toMatchObject({
          user: { username: "staff" },
          csrfToken: onA.csrfToken,
          actor: { kind: "user", role: "staff" },
        });

        const ackedAt = await putSheet(onB, "e61", projectId);
        await expect(sheetCell).toHaveText(String(before + 1), { timeout: withinMs });
        testInfo.annotations.push({
          type: "seen on A after B's answer",
          description: `${Date.now() - ackedAt} ms`,
        });
        expect(await stillSameDocument(page), "the page was not reloaded").toBe(true);
        await onA.api.dispose();
        await onB.api.dispose();
      });
    });
  });
