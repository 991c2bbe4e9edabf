import { MapPage } from "../../features/map/map-page";

export default function MapRoute() {
  return <MapPage />;
}
