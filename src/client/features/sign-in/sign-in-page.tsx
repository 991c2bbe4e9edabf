import { type ComponentProps, type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation, useSearchParams } from "wouter";
import { ApiError } from "../../api/read-json";
import { useSession, useSignIn } from "../../api/session";
import { useSettings } from "../../api/settings";
import { useMessages } from "../../i18n/messages";
import { signInMessages } from "./messages";
import { landingFor, safeNext } from "./utils/safe-next";
import "./sign-in.css";

const demoAccounts = [
  { account: "admin", key: "demoAdmin" },
  { account: "staff", key: "demoStaff" },
  { account: "leader", key: "demoLeader" },
  { account: "unit", key: "demoUnit" },
] as const;

/** /sign-in — username and password; afterwards back to `?next=` or the role's landing page. */
export function SignInPage() {
  const t = useMessages(signInMessages);
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const signIn = useSignIn();
  const session = useSession().data;
  const demo = useSettings().data?.demo;
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const next = safeNext(params.get("next"));
  const user = session && "user" in session ? session.user : null;

  useEffect(() => usernameRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setLocalError(t("missingFields"));
      (username.trim() ? passwordRef : usernameRef).current?.focus();
      return;
    }
    setLocalError(null);
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: (result) => {
          const role = result.user?.role;
          navigate(next ?? landingFor(role), { replace: true });
        },
        onError: () => {
          // A wrong password is retyped, not edited: clear it and put the cursor there.
          setPassword("");
          passwordRef.current?.focus();
        },
      },
    );
  };

  const error = signIn.error;
  const serverMessage =
    error instanceof ApiError ? (error.status === 0 ? t("networkError") : error.message) : null;
  const message = localError ?? serverMessage;

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <div className="card sign-in__card">
        <h1 id="sign-in-title">{t("title")}</h1>
        <p className="sign-in__intro">{t("intro")}</p>
        {user && !signIn.isPending && (
          <p className="sign-in__already">
            {t("signedInAs", { name: user.displayName })}{" "}
            <Link href={next ?? landingFor(user.role)}>{t("continue")}</Link>
          </p>
        )}
        <form className="sign-in__form" onSubmit={submit} noValidate>
          <SignInField
            label={t("username")}
            invalid={Boolean(message)}
            ref={usernameRef}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <SignInField
            label={t("password")}
            invalid={Boolean(message)}
            ref={passwordRef}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div id="sign-in-error" className="sign-in__error" role="alert">
            {message}
          </div>
          <button type="submit" className="button sign-in__submit" disabled={signIn.isPending}>
            {signIn.isPending ? t("submitting") : t("submit")}
          </button>
        </form>
        {demo && (
          <aside className="sign-in__demo" aria-labelledby="sign-in-demo-title">
            <h2 id="sign-in-demo-title">{t("demoTitle")}</h2>
            <p>{t("demoHint")}</p>
            <ul className="plain-list">
              {demoAccounts.map(({ account, key }) => (
                <li key={account}>
                  <span>
                    <code>{account}</code> / <code>demo-{account}</code> · {t(key)}
                  </span>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => {
                      setUsername(account);
                      setPassword(`demo-${account}`);
                      setLocalError(null);
                    }}
                  >
                    {t("useAccount", { account })}
                  </button>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </section>
  );
}

/** A labelled field of the form; when the last try failed it says so and points at the reason. */
function SignInField({
  label,
  invalid,
  ...input
}: { label: string; invalid: boolean } & ComponentProps<"input">) {
  return (
    <label className="field sign-in__field">
      <span>{label}</span>
      <input
        className="input"
        required
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "sign-in-error" : undefined}
        {...input}
      />
    </label>
  );
}
