import { ExportMenu } from "../../features/exports/export-menu";
import { QualityPanel } from "../../features/quality/quality-panel";
import { ResultsPage } from "../../features/results/results-page";
import { useDashboardView } from "../../lib/use-dashboard-view";

/**
 * `/results`: the rankings, exports of what is shown, then how trustworthy the rankings are. The
 * URL carries the event and the filters.
 */
export default function ResultsRoute() {
  const { eventId } = useDashboardView();
  return (
    <>
      <ResultsPage />
      <ExportMenu eventId={eventId} />
      {eventId && <QualityPanel eventId={eventId} />}
    </>
  );
}
