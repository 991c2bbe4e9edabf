import { AccountsPage } from "../../features/accounts/accounts-page";

/** /admin/accounts: the system's accounts (admins). */
export default function AccountsRoute() {
  return <AccountsPage />;
}
