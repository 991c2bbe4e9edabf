import { DisplayAdminPage } from "../../features/display-admin/display-admin-page";

/** /entry/displays: wall-screen links and which screens are alive (admins). */
export default function DisplayAdminRoute() {
  return <DisplayAdminPage />;
}
