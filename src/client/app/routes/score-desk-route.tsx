import { QualityPanel } from "../../features/quality/quality-panel";
import { ScoreDeskPage } from "../../features/score-desk/score-desk-page";

/** The desk; leaders reading it also see the event's quality signals. */
export default function ScoreDeskRoute() {
  return <ScoreDeskPage quality={(eventId) => <QualityPanel eventId={eventId} />} />;
}
