import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** "unsupported": no service workers here (plain http on an intranet, or an old browser). */
export type OfflineReadiness = "unsupported" | "preparing" | "ready" | "failed";

const builtFile = (name: string) => {
  const url = new URL(name, window.location.href);
  return url.origin === window.location.origin && url.pathname.startsWith("/assets/");
};

/**
 * Makes this page open without a connection: registers the scoring page's service worker, lets this
 * page's reads pass through it once (so they are kept), and hands it the files this page loaded.
 * Browsers allow service workers on https and localhost only; elsewhere the page still keeps its
 * drafts and outbox, but a reload needs the network.
 */
export function useOfflineReady(): OfflineReadiness {
  const client = useQueryClient();
  // Not under the development server, whose files are not the build's.
  const [state, setState] = useState<OfflineReadiness>(() =>
    !import.meta.env.DEV && "serviceWorker" in navigator ? "preparing" : "unsupported",
  );
  useEffect(() => {
    const workers = navigator.serviceWorker;
    if (!workers || import.meta.env.DEV) return;
    let live = true;
    const onMessage = (event: MessageEvent<{ type?: string }>) => {
      if (!live) return;
      if (event.data?.type === "kept-for-offline") setState("ready");
      if (event.data?.type === "keep-failed") setState("failed");
    };
    workers.addEventListener("message", onMessage);
    (async () => {
      const registration = await workers.register("/score-sw.js", { scope: "/score/" });
      await workers.ready;
      if (!workers.controller)
        await new Promise((resolve) =>
          workers.addEventListener("controllerchange", resolve, { once: true }),
        );
      // Read again through the worker, which keeps what it passes on.
      await client.refetchQueries({ type: "active" });
      const assets = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter(builtFile);
      const build = document.querySelector('script[type="module"][src]')?.getAttribute("src");
      (registration.active ?? workers.controller)?.postMessage({
        type: "keep-for-offline",
        page: window.location.href,
        build,
        assets: [...new Set(assets)],
      });
    })().catch(() => {
      if (live) setState("failed");
    });
    return () => {
      live = false;
      workers.removeEventListener("message", onMessage);
    };
  }, [client]);
  return state;
}
