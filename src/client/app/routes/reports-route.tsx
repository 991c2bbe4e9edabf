import { ReportsPage } from "../../features/reports/reports-page";

export default function ReportsRoute() {
  return <ReportsPage />;
}
