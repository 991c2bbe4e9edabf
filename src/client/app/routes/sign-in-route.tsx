import { SignInPage } from "../../features/sign-in/sign-in-page";

export default function SignInRoute() {
  return <SignInPage />;
}
