import { BulletinPage } from "../../features/bulletin/bulletin-page";

export default function BulletinRoute() {
  return <BulletinPage />;
}
