// The README's "Several nodes on one PostgreSQL" section, run as written: its two `npm start` lines
// (their settings; ports and database swapped for free ones) and its nginx file in front, over
// HTTPS with a certificate made for the run. Needs nginx, openssl and PostgreSQL; without them it
// says it is skipped, except in CI, where it fails.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribeLive } from "./lib/live-subscriber";
import { type ScratchPostgres, scratchPostgres } from "./lib/scratch-postgres";
import {
  freePort,
  type ServerProcess,
  startServerProcess,
  stopServerProcess,
} from "./lib/server-process";

const root = resolve(import.meta.dirname, "..");
const inCi = !!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const missing = [
  has("nginx") ? null : "nginx (apt-get install nginx-light)",
  has("openssl") ? null : "openssl",
  process.env.TEST_DATABASE_URL || process.getuid?.() === 0 ? null : "a PostgreSQL test database",
].filter(Boolean);

/** The section of the README this test runs: its shell lines and its nginx file. */
function readmeSection() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const from = readme.indexOf("### Several nodes on one PostgreSQL");
  const section = readme.slice(from, readme.indexOf("\n### ", from + 1));
  const block = (lang: string) =>
    section.match(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``))?.[1];
  const sh = block("sh");
  const nginx = block("nginx");
  if (from < 0 || !sh || !nginx) throw new Error("the README's two-node section has changed shape");
  // `NAME=value … npm start` per line: the settings each node runs with.
  const nodes = sh
    .trim()
    .split("\n")
    .map((line) =>
      Object.fromEntries(
        [...line.matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1] as string, m[2] as string]),
      ),
    );
  return { nodes, nginx };
}

const waitFor = async (check: () => boolean, ms: number) => {
  const until = performance.now() + ms;
  while (!check() && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe.skipIf(missing.length && !inCi)(
  `two nodes behind nginx, as the README says${missing.length ? ` — skipped: needs ${missing.join(", ")}` : ""}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "kp-nginx-"));
    let postgres: ScratchPostgres | undefined;
    let nginx: ChildProcess | undefined;
    const nodes: ServerProcess[] = [];
    let proxy = "";

    beforeAll(async () => {
      if (missing.length) throw new Error(`CI must provide ${missing.join(", ")}`);
      // A certificate of the run's own for nginx.
      const made = spawnSync("openssl", [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        join(dir, "privkey.pem"),
        "-out",
        join(dir, "fullchain.pem"),
      ]);
      if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
      // Node's fetch takes no CA per call: this file's requests (all to the loopback proxy) skip
      // the check instead, until afterAll.
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";

      const scratch = await scratchPostgres();
      if (!("url" in scratch)) throw new Error(scratch.skipped);
      postgres = scratch;
      const { nodes: settings, nginx: site } = readmeSection();
      const ports = [await freePort(), await freePort()];
      // The README's lines, each with a free port and this run's database. One after the other,
      // as the README says for a new database.
      for (const [i, env] of settings.entries()) {
        nodes.push(
          await startServerProcess({
            dataDir: dir,
            seedDir: join(root, "data"),
            port: ports[i],
            databaseUrl: scratch.url,
            env: { ...env, DATABASE_URL: scratch.url, PORT: String(ports[i]) },
          }),
        );
      }
      const listenPort = await freePort();
      const conf = site
        .replace("127.0.0.1:8081", `127.0.0.1:${ports[0]}`)
        .replace("127.0.0.1:8082", `127.0.0.1:${ports[1]}`)
        .replace("listen 443 ssl;", `listen 127.0.0.1:${listenPort} ssl;`)
        .replace("/etc/ssl/kp/", `${dir}/`)
        .replace("/etc/ssl/kp/", `${dir}/`);
      // What the distribution's nginx.conf around conf.d gives, in the run's own directory.
      writeFileSync(
        join(dir, "nginx.conf"),
        `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;\nevents {}\nhttp {\n` +
          `access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;\n` +
          `fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;\n${conf}\n}\n`,
      );
      nginx = spawn("nginx", ["-c", join(dir, "nginx.conf")], { stdio: "ignore" });
      proxy = `https://127.0.0.1:${listenPort}`;
      let up = false;
      for (let i = 0; i < 100 && !up; i++) {
        up = await fetch(`${proxy}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        if (!up) await new Promise((r) => setTimeout(r, 100));
      }
      if (!up)
        throw new Error(`nginx did not answer: ${readFileSync(join(dir, "error.log"), "utf8")}`);
    }, 120_000);

    afterAll(async () => {
      delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      nginx?.kill("SIGTERM");
      for (const node of nodes) await stopServerProcess(node);
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it("serves one set of data over HTTPS from both nodes, and a session signed in on one holds on the other", async () => {
      const health = await Promise.all(
        Array.from({ length: 4 }, () => fetch(`${proxy}/api/health`).then((r) => r.json())),
      );
      for (const h of health)
        expect(h).toMatchObject({ store: "postgres", storeAnswers: true, projects: 18 });

      const signIn = await fetch(`${proxy}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "staff", password: "demo-staff" }),
      });
      expect(signIn.status).toBe(200);
      // The browser came over HTTPS (X-Forwarded-Proto, believed with TRUST_PROXY): a secure cookie.
      expect(signIn.headers.get("set-cookie")).toMatch(/;\s*Secure/i);
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      // Round robin: of six reads, both nodes answer some; each knows the session.
      const who = await Promise.all(
        Array.from({ length: 6 }, () =>
          fetch(`${proxy}/api/session`, { headers: { cookie } }).then((r) => r.json()),
        ),
      );
      for (const w of who) expect(w).toMatchObject({ user: { username: "staff" } });
    });

    it("a change written through the proxy reaches a live page within a second, whichever node took it", async () => {
      const staff = await fetch(`${proxy}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "staff", password: "demo-staff" }),
      });
      const headers = {
        cookie: (staff.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
        "x-csrf-token": ((await staff.json()) as { csrfToken: string }).csrfToken,
        "content-type": "application/json",
      };
      const opened = await fetch(`${proxy}/api/rounds`, {
        method: "POST",
        headers,
        body: JSON.stringify({ period: "2023-03-1", deadline: "2023-03-13" }),
      });
      expect(opened.status).toBe(201);
      const { projects } = (await (await fetch(`${proxy}/api/projects`)).json()) as {
        projects: { id: string; progress: number }[];
      };
      // Through the proxy, as a page holds it: every change with the moment it arrived.
      const arrivals: number[] = [];
      const live = await subscribeLive(proxy, (_change, at) => arrivals.push(at));
      await waitFor(() => arrivals.length > 0, 300); // the round's own change, if it is late
      const delays: number[] = [];
      for (const [n, project] of projects.slice(0, 6).entries()) {
        const before = arrivals.length;
        const res = await fetch(`${proxy}/api/projects/${project.id}/reports/2023-03-1`, {
          method: "PUT",
          headers: { ...headers, "idempotency-key": `nginx-${n}` },
          body: JSON.stringify({ investment: 0.1, progress: project.progress, note: "经代理写入" }),
        });
        expect(res.status).toBeLessThan(300);
        const acked = performance.now();
        expect(await waitFor(() => arrivals.length > before, 1_000)).toBe(true);
        delays.push((arrivals[before] ?? Number.NaN) - acked);
      }
      await live.stop();
      for (const d of delays) expect(d).toBeLessThan(1_000);
    });

    it("counts sign-in tries by the address nginx saw, not one a client claims", async () => {
      const tries = await Promise.all(
        Array.from({ length: 7 }, (_, i) =>
          fetch(`${proxy}/api/session`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": `10.9.8.${i}` },
            body: JSON.stringify({ username: "leader", password: "wrong" }),
          }).then((r) => r.status),
        ),
      );
      // Five tries per account from one address, shared by both nodes: the rest are refused.
      expect(tries.filter((s) => s === 429)).toHaveLength(2);
    });

    it("when a node stops, the other answers every read through nginx", async () => {
      await stopServerProcess(nodes.shift());
      const reads = await Promise.all(
        Array.from({ length: 6 }, () => fetch(`${proxy}/api/projects`).then((r) => r.status)),
      );
      expect(reads).toEqual([200, 200, 200, 200, 200, 200]);
    });
  },
);
