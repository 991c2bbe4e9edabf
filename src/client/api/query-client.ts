import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./read-json";

/** The app's one query cache; the API client reads the session's CSRF token from it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not get better by asking again; a dropped network may.
      retry: (failures, error) =>
        failures < 3 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});
