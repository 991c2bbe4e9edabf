import { ResultsPage } from "../../features/results/results-page";

/** `/results`: the event, filters and selection come from the URL, which the page reads itself. */
export default function ResultsRoute() {
  return <ResultsPage />;
}
