import { useParams } from "wouter";
import { EvaluatorEntryPage } from "../../features/evaluator-entry/evaluator-entry-page";

/** /score/:token — an evaluator's personal link. */
export default function EvaluatorEntryRoute() {
  const { token = "" } = useParams<{ token: string }>();
  return <EvaluatorEntryPage token={token} />;
}
