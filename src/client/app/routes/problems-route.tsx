import { ProblemsPage } from "../../features/problems/problems-page";

/** /problems — the 问题清单 across projects; its filters live in the URL. */
export default function ProblemsRoute() {
  return <ProblemsPage />;
}
