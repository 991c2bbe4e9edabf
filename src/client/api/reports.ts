import { useQuery } from "@tanstack/react-query";
import type { InferRequestType, InferResponseType } from "hono/client";
import type { ReportImportReport } from "../../server/transfer/report-sheet";
import { api } from "./api-client";
import { sessionCredentials } from "./credentials";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";
import { readQuery } from "./read-query";
import { type UploadOutcome, uploadForReport } from "./upload-report";

const reportRoute = api.projects[":id"].reports[":period"];
export type RoundsResponse = InferResponseType<typeof api.rounds.$get, 200>;
export type Round = RoundsResponse["rounds"][number];
export type RoundReportsResponse = InferResponseType<
  (typeof api.rounds)[":period"]["reports"]["$get"],
  200
>;
export type RoundReport = RoundReportsResponse["reports"][number];
export type ReportBody = InferRequestType<typeof reportRoute.$put>["json"];
export type ReportWritten = InferResponseType<typeof reportRoute.$put, 200>;

export const roundsQueryOptions = () =>
  readQuery<RoundsResponse>(queryKeys.roundList(), sessionCredentials, (c) => c.rounds.$get());

export const roundReportsQueryOptions = (period: string) =>
  readQuery<RoundReportsResponse>(queryKeys.roundReports(period), sessionCredentials, (c) =>
    c.rounds[":period"].reports.$get({ param: { period } }),
  );

export const useRounds = () => useQuery(roundsQueryOptions());
export const useRoundReports = (period: string | undefined) =>
  useQuery({ ...roundReportsQueryOptions(period ?? ""), enabled: Boolean(period) });

export const openRound = (period: string, deadline: string) =>
  readJson<{ round: Round }>(api.rounds.$post({ json: { period, deadline } }));

export const closeRound = (period: string) =>
  readJson<{ round: Round }>(api.rounds[":period"].close.$post({ param: { period } }));

/**
 * PUT a project's 旬报. `baseVersion` goes out as If-Match (0: must not exist yet) and the
 * Idempotency-Key is the same on every retry of one sending, so a repeat on a poor connection
 * stores it once.
 */
export const putReport = (
  target: { projectId: string; period: string },
  body: ReportBody,
  options: { baseVersion: number; idempotencyKey: string },
) =>
  readJson<ReportWritten>(
    reportRoute.$put(
      { param: { id: target.projectId, period: target.period }, json: body },
      {
        headers: {
          "If-Match": `"v${options.baseVersion}"`,
          "Idempotency-Key": options.idempotencyKey,
        },
      },
    ),
  );

export const reviewReport = (
  target: { projectId: string; period: string },
  decision: "accept" | "return",
  reason?: string,
) =>
  readJson<ReportWritten>(
    reportRoute.review.$post({
      param: { id: target.projectId, period: target.period },
      json: reason ? { decision, reason } : { decision },
    }),
  );

export type { ReportImportReport };
export type ReportImportOutcome = UploadOutcome<ReportImportReport>;

/** Sends a filled 旬报 sheet: a dry run reports each row, an import stores all or none. */
export const importRoundReports = (variables: { period: string; file: File; dryRun: boolean }) =>
  uploadForReport<ReportImportReport>(variables.file, variables.dryRun, (form) =>
    api.rounds[":period"].import.$post(
      { param: { period: variables.period }, query: variables.dryRun ? { dryRun: "1" } : {} },
      { init: { body: form } },
    ),
  );
