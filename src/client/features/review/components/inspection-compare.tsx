import { Link } from "wouter";
import { formatDate, formatScore } from "../../../../domain/formats";
import type { ReviewResponse } from "../../../api/review";
import { EmptyState } from "../../../components/async-state";
import { type DataColumn, DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { reviewMessages } from "../messages";

type Row = ReviewResponse["projects"][number];
type Inspection = ReviewResponse["inspections"][number];
const stateKeys = ["published", "open", "closed", "draft"] as const;
type StateKey = `state_${(typeof stateKeys)[number]}`;
const stateKey = (state: string): StateKey =>
  `state_${stateKeys.find((s) => s === state) ?? "open"}`;

/** What the comparison rests on, said plainly: one inspection, or how many are final. */
function Standing({ review }: { review: ReviewResponse }) {
  const t = useMessages(reviewMessages);
  const lang = useLang();
  const { inspections, publishedCount } = review;
  const published = inspections.find((e) => e.state === "published");
  const name = (e: Inspection | undefined) => (e ? localized(e, "name", lang) : "");
  const text =
    inspections.length === 1
      ? t("onlyOne", { name: name(inspections[0]) })
      : publishedCount === inspections.length
        ? t("allPublished", { count: inspections.length })
        : publishedCount === 1
          ? t("onlyOnePublished", { count: inspections.length, name: name(published) })
          : t("nonePublished", { count: inspections.length });
  return <p className="notice review-inspections__note">{text}</p>;
}

/**
 * The projects some inspection visited: a city lists thousands, but an inspection visits a few
 * dozen, and the rest would be rows of "not scored".
 */
const inspected = (rows: readonly Row[]) =>
  rows.filter((row) => row.scores.some((s) => s !== null));

/** Each project's score and rank per inspection, side by side, oldest inspection first. */
export function InspectionCompare({ review }: { review: ReviewResponse }) {
  const t = useMessages(reviewMessages);
  const lang = useLang();
  if (!review.inspections.length) return <EmptyState>{t("noInspections")}</EmptyState>;
  const columns: DataColumn<Row>[] = [
    {
      id: "project",
      header: t("project"),
      rowHeader: true,
      cell: (row) => <Link href={`/projects/${row.id}`}>{localized(row, "name", lang)}</Link>,
    },
    ...review.inspections.map(
      (event, i): DataColumn<Row> => ({
        id: event.id,
        header: (
          <span className="review-inspection-head">
            {localized(event, "name", lang)}
            <small>
              {formatDate(event.date, lang)} · {t(stateKey(event.state))}
            </small>
          </span>
        ),
        label: `${localized(event, "name", lang)}（${t(stateKey(event.state))}）`,
        numeric: true,
        cell: (row) => {
          const s = row.scores[i];
          if (!s || s.score === null) return <span className="review-muted">{t("notScored")}</span>;
          return (
            <span className="review-score">
              <strong>{formatScore(s.score)}</strong>
              {s.rank !== null && <small>{t("rankIn", { rank: s.rank })}</small>}
            </span>
          );
        },
      }),
    ),
  ];
  return (
    <>
      <Standing review={review} />
      <DataTable
        columns={columns}
        rows={inspected(review.projects)}
        rowKey={(row) => row.id}
        caption={t("inspectionsTitle")}
        captionHidden
        cards
        compact
        className="review-inspections"
      />
    </>
  );
}
