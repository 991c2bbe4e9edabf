type QueryState = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

/**
 * Several queries a page needs together, as one: an error in any shows (with a retry of those
 * that failed) rather than waiting on the rest; otherwise pending until all have answered.
 */
export function allQueries(queries: readonly QueryState[]): QueryState {
  const failed = queries.find((q) => q.isError);
  return {
    isPending: !failed && queries.some((q) => q.isPending),
    isError: Boolean(failed),
    error: failed?.error,
    refetch: () => {
      for (const q of queries) if (q.isError) void q.refetch();
    },
  };
}
