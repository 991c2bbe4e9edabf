import { ScoreDeskPage } from "../../features/score-desk/score-desk-page";

export default function ScoreDeskRoute() {
  return <ScoreDeskPage />;
}
