import { EventsAdminPage } from "../../features/events-admin/events-admin-page";

/** /admin/events: inspections prepared in the app (staff and admins). */
export default function EventsAdminRoute() {
  return <EventsAdminPage />;
}
