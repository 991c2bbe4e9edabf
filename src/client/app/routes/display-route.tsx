import { DisplayPage } from "../../features/wall-display/display-page";

/** /display?token=…: the meeting-room wall screen. */
export default function DisplayRoute() {
  return <DisplayPage />;
}
