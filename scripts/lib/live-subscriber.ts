// A page's /api/live stream, as the benches watch it: every "change" event with the moment it
// arrived, after the stream said "ready" (so nothing sent after the subscription is missed).

export type LiveChange = { type?: string; evaluatorId?: string; projectId?: string };

/** Opens the stream at `serverUrl`; resolves once it is ready. `stop()` closes it. */
export async function subscribeLive(
  serverUrl: string,
  onChange: (change: LiveChange, arrivedAt: number) => void,
): Promise<{ stop(): Promise<void> }> {
  const abort = new AbortController();
  const res = await fetch(`${serverUrl}/api/live`, { signal: abort.signal });
  const reader = res.body?.getReader();
  if (!res.ok || !reader) throw new Error(`no /api/live stream: HTTP ${res.status}`);
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((done) => {
    ready = done;
  });
  const listening = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const arrivedAt = performance.now();
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          if (block.includes("event: ready")) ready();
          if (!block.includes("event: change")) continue;
          const data = /^data: (.*)$/m.exec(block)?.[1];
          onChange(data ? (JSON.parse(data) as LiveChange) : {}, arrivedAt);
        }
      }
    } catch {
      // Aborted by stop().
    } finally {
      ready();
    }
  })();
  await isReady;
  return {
    async stop() {
      abort.abort();
      await listening;
    },
  };
}
