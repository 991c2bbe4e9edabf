import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import type { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readQuery } from "./read-query";

export type ReviewResponse = InferResponseType<typeof api.review.$get, 200>;

export const reviewQueryOptions = () =>
  readQuery<ReviewResponse>(queryKeys.review(), sessionCredentials, (c) => c.review.$get());

export const useReview = () => useQuery(reviewQueryOptions());
