import { useParams } from "wouter";
import { SetPasswordPage } from "../../features/set-password/set-password-page";

/** /set-password/:token: the person an admin sent a link chooses their password. */
export default function SetPasswordRoute() {
  const { token = "" } = useParams<{ token: string }>();
  return <SetPasswordPage token={token} />;
}
