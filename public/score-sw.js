// Service worker for the evaluators' scoring page (/score/…): a phone that reloads the page with no
// connection still gets the page, its event, the projects and its own sheets, and scores on (its
// sheets wait in the page's own outbox). Registered with scope /score/ only: no other page of the
// app goes through it. Writes and the live stream always go to the network.
const CACHE = "kp-score-v1";
// On a weak signal, wait this long for the network before answering from the cache.
const NETWORK_WAIT_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

/** Reads are cached per credential: the same URL read with another token is another entry. */
async function cacheKey(request) {
  const auth = request.headers.get("authorization");
  if (!auth) return request.url;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(auth));
  const tag = Array.from(new Uint8Array(digest).slice(0, 8), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
  const url = new URL(request.url);
  url.searchParams.set("sw-credential", tag);
  return url.href;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const key = await cacheKey(request);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(key, response.clone());
    return response;
  });
  network.catch(() => {}); // answered from the cache meanwhile: a late failure is no news
  const waited = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, "slow"));
  try {
    const first = await Promise.race([network, waited]);
    if (first !== "slow") return first;
    return (await cache.match(key)) ?? (await network);
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    // A page never loaded before: any cached app shell starts the app, which routes by itself.
    if (request.mode === "navigate") {
      const shell = await cache.match("app-shell");
      if (shell) return shell;
    }
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === "/api/live") return;
  // Built files have the build's hash in their names: a cached one is always right.
  if (url.pathname.startsWith("/assets/")) event.respondWith(cacheFirst(request));
  else if (request.mode === "navigate" || url.pathname.startsWith("/api/"))
    event.respondWith(networkFirst(request));
});

// The page lists the files it loaded (its scripts and styles, this page's address). They are
// cached, files of older builds are dropped, and the page is told when it can open offline.
self.addEventListener("message", (event) => {
  const { type, page, build, assets } = event.data ?? {};
  if (type !== "keep-for-offline" || typeof page !== "string" || !Array.isArray(assets)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // A new build: the files of the old one go (files of this build loaded later are kept).
      const known = await cache.match("build");
      if (known && (await known.text()) !== build) {
        const wanted = new Set(assets);
        for (const request of await cache.keys())
          if (new URL(request.url).pathname.startsWith("/assets/") && !wanted.has(request.url))
            await cache.delete(request);
      }
      await cache.put("build", new Response(String(build)));
      await Promise.all(
        assets.map(async (url) => {
          if (!(await cache.match(url))) {
            const response = await fetch(url);
            if (response.ok) await cache.put(url, response);
          }
        }),
      );
      const shell = await fetch(page);
      if (shell.ok) {
        await cache.put(page, shell.clone());
        await cache.put("app-shell", shell);
      }
      event.source?.postMessage({ type: "kept-for-offline" });
    })().catch(() => event.source?.postMessage({ type: "keep-failed" })),
  );
});
