import { useParams } from "wouter";
import { DispatchPage } from "../../features/dispatch/dispatch-page";
import { ValidPeriod } from "../../features/dispatch/valid-period";

export default function DispatchRoute() {
  const { period = "" } = useParams<{ period: string }>();
  return (
    <ValidPeriod period={period}>
      <DispatchPage key={period} period={period} />
    </ValidPeriod>
  );
}
