import { useParams } from "wouter";
import { DispatchBulletinPage } from "../../features/bulletin/bulletin-page";
import { ValidPeriod } from "../../features/dispatch/valid-period";

export default function DispatchBulletinRoute() {
  const { period = "" } = useParams<{ period: string }>();
  return (
    <ValidPeriod period={period}>
      <DispatchBulletinPage period={period} />
    </ValidPeriod>
  );
}
