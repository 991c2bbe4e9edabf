/** An API error with the server's code and its human-readable message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The error body's details, e.g. a refused report's issues per field. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } } | null;

/**
 * Reads a JSON body, turning the contract's error body (or a dead network) into an ApiError. The
 * message is the server's, already in the language the request asked for. `answers` names error
 * bodies that are answers, not failures (an import's 422 carries the report of refused rows).
 */
export async function readJson<T>(
  response: Promise<Response>,
  options: { answers?: (status: number, body: unknown) => boolean } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await response;
  } catch {
    throw new ApiError(0, "network", "");
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as ErrorBody;
  if (options.answers?.(res.status, body)) return body as T;
  throw new ApiError(
    res.status,
    body?.error?.code ?? "http",
    body?.error?.message ?? res.statusText,
    body?.error?.details,
  );
}

/**
 * The token a request carried no longer names anyone (a revoked personal link or display token):
 * the server answers 401 (link_revoked) to any call, and retrying will not bring it back.
 */
export const isAccessRevoked = (error: unknown) =>
  error instanceof ApiError && (error.status === 401 || error.code === "link_revoked");
