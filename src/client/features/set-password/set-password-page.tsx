import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import { passwordMinLength } from "../../../domain/account-password";
import { usePasswordLink, useSetPasswordByLink } from "../../api/password-links";
import { ApiError } from "../../api/read-json";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { setPasswordMessages } from "./messages";
import "./set-password.css";

/** "2026年12月2日 14:05" / "2 Dec 2026, 14:05", in the reader's own time zone. */
function localWhen(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
  }).format(new Date(iso));
}

/**
 * `/set-password/<token>`: the person an admin sent a link names the account, chooses a password
 * under the same rule as everywhere, and is sent to sign in. A link that is expired, used or
 * replaced says which, in the server's words.
 */
export function SetPasswordPage({ token }: { token: string }) {
  const t = useMessages(setPasswordMessages);
  const lang = useLang();
  const id = useId();
  const link = usePasswordLink(token);
  const save = useSetPasswordByLink();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<"tooShort" | "mismatch" | null>(null);

  const failure = (error: unknown) =>
    error instanceof ApiError && error.status !== 0 ? error.message : t("networkError");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found =
      password.length < passwordMinLength ? "tooShort" : password !== repeat ? "mismatch" : null;
    setProblem(found);
    if (!found) save.mutate({ token, password });
  };

  let body: React.ReactNode;
  if (link.isPending) body = <p>{t("checking")}</p>;
  else if (link.isError)
    body = (
      <div className="set-password__refused" role="alert">
        <h2>{t("unusable")}</h2>
        <p>{failure(link.error)}</p>
        <p>{t("askAdmin")}</p>
      </div>
    );
  else if (save.isSuccess)
    body = (
      <div role="status">
        <p>{t("done", { username: save.data.username })}</p>
        <Link className="button" href="/sign-in">
          {t("signIn")}
        </Link>
      </div>
    );
  else
    body = (
      <>
        <p>{t("forAccount", { username: link.data.username, name: link.data.name })}</p>
        <p className="set-password__muted">
          {t("expires", { when: localWhen(link.data.expiresAt, lang) })}
        </p>
        <form className="set-password__form" onSubmit={submit} noValidate>
          {/* For password managers: the account the new password belongs to. */}
          <input type="hidden" name="username" autoComplete="username" value={link.data.username} />
          <label className="field" htmlFor={`${id}-password`}>
            {t("password", { min: passwordMinLength })}
            <input
              id={`${id}-password`}
              className="input"
              type="password"
              autoComplete="new-password"
              value={password}
              aria-invalid={problem === "tooShort"}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <label className="field" htmlFor={`${id}-repeat`}>
            {t("repeat")}
            <input
              id={`${id}-repeat`}
              className="input"
              type="password"
              autoComplete="new-password"
              value={repeat}
              aria-invalid={problem === "mismatch"}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </label>
          <div id={`${id}-problem`} className="set-password__error" role="alert">
            {problem
              ? t(problem, { min: passwordMinLength })
              : save.isError
                ? failure(save.error)
                : null}
          </div>
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t("submitting") : t("submit")}
          </button>
        </form>
      </>
    );

  return (
    <section className="set-password" aria-labelledby={`${id}-title`}>
      <div className="card set-password__card">
        <h1 id={`${id}-title`}>{t("title")}</h1>
        {body}
      </div>
    </section>
  );
}
