/** An API error with the server's code and its human-readable message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Reads a JSON body, turning the contract's error body (or a dead network) into an ApiError. */
export async function readJson<T>(response: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await response;
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  throw new ApiError(
    res.status,
    body?.error?.code ?? "http",
    body?.error?.message ?? res.statusText,
  );
}
