import type { ReactNode } from "react";
import { ApiError } from "../api/read-json";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";

type QueryLike = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };

/** Loading, error (with retry) or the content: every request shows one of the three. */
export function AsyncState({ query, children }: { query: QueryLike; children: () => ReactNode }) {
  const t = useMessages(commonMessages);
  if (query.isPending)
    return (
      <div className="state state--loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {t("loading")}
      </div>
    );
  if (query.isError) {
    const error = query.error;
    const message =
      error instanceof ApiError && error.status === 0
        ? t("networkError")
        : t("loadError", { message: error instanceof Error ? error.message : String(error) });
    return (
      <div className="state state--error" role="alert">
        <p>{message}</p>
        <button type="button" className="button" onClick={() => query.refetch()}>
          {t("retry")}
        </button>
      </div>
    );
  }
  return <>{children()}</>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}
