import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import { useRole } from "../../api/session";
import { AsyncState, EmptyState } from "../../components/async-state";
import { LoopbackWarning } from "../../components/loopback-warning";
import { StatusBadge } from "../../components/status-badge";
import { useMessages } from "../../i18n/messages";
import { type DisplayPanelId, displayPanelIds } from "../../lib/display-link";
import { useShareLinks } from "../../lib/share-link";
import {
  type CreatedToken,
  useCreateDisplayToken,
  useDisplayScreens,
  useDisplayTokens,
  useRevokeDisplayToken,
} from "./display-admin-api";
import { DisplayLinkBuilder } from "./display-link-builder";
import { displayAdminMessages } from "./messages";
import "./display-admin.css";

const pad = (n: number) => String(n).padStart(2, "0");
/** "2023-02-24 14:03", local time; admins compare it with the wall clock. */
function when(iso: string | null, never: string): string {
  if (!iso) return never;
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function CreateForm() {
  const t = useMessages(displayAdminMessages);
  const inputId = useId();
  const [label, setLabel] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useCreateDisplayToken();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed || trimmed.length > 80) return setInvalid(true);
    setInvalid(false);
    create.mutate(trimmed, {
      onSuccess: (data) => {
        setCreated(data);
        setLabel("");
      },
    });
  };
  const share = useShareLinks();
  const url = created ? share.url(created.path) : "";
  return (
    <section className="card display-admin__create" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="card__title">
        {t("createTitle")}
      </h2>
      <form onSubmit={submit} className="display-admin__form" noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t("label")}</label>
          <input
            id={inputId}
            className="input"
            value={label}
            maxLength={80}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${inputId}-error` : undefined}
            onChange={(e) => setLabel(e.target.value)}
          />
          {invalid && (
            <p id={`${inputId}-error`} className="field__error" role="alert">
              {t("labelRequired")}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("creating") : t("create")}
        </button>
      </form>
      {create.error && (
        <p className="field__error" role="alert">
          {create.error.message}
        </p>
      )}
      {created && (
        <div className="display-admin__created" role="status">
          <p>
            <strong>{t("createdTitle")}</strong>
          </p>
          {share.loopback && <LoopbackWarning origin={share.origin} />}
          {/* A new builder per token: its options start from the defaults again. */}
          <DisplayLinkBuilder key={created.id} base={url} />
        </div>
      )}
    </section>
  );
}

function TokenList() {
  const t = useMessages(displayAdminMessages);
  const query = useDisplayTokens();
  const revoke = useRevokeDisplayToken();
  const data = query.data;
  return (
    <section className="card">
      <h2 className="card__title">{t("tokensTitle")}</h2>
      <AsyncState query={query}>
        {() =>
          !data ? null : data.tokens.length === 0 ? (
            <EmptyState>{t("noTokens")}</EmptyState>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("colLabel")}</th>
                    <th scope="col">{t("colCreated")}</th>
                    <th scope="col">{t("colLastSeen")}</th>
                    <th scope="col">{t("colState")}</th>
                    <th scope="col">{t("colActions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.tokens.map((token) => (
                    <tr key={token.id}>
                      <td>{token.label}</td>
                      <td className="display-admin__when">{when(token.createdAt, t("never"))}</td>
                      <td className="display-admin__when">{when(token.lastSeenAt, t("never"))}</td>
                      <td>{token.revokedAt ? t("revoked") : t("active")}</td>
                      <td>
                        {!token.revokedAt && (
                          <button
                            type="button"
                            className="button button--small button--ghost"
                            disabled={revoke.isPending}
                            aria-label={`${t("revoke")} ${token.label}`}
                            onClick={() => {
                              if (window.confirm(t("revokeConfirm", { label: token.label })))
                                revoke.mutate(token.id);
                            }}
                          >
                            {t("revoke")}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncState>
    </section>
  );
}

function ScreenList() {
  const t = useMessages(displayAdminMessages);
  // Screens report panel ids; an id this build does not know (a newer screen) is shown as it is.
  const panelName = (panel: string) =>
    (displayPanelIds as readonly string[]).includes(panel)
      ? t(`panel_${panel as DisplayPanelId}`)
      : panel;
  const query = useDisplayScreens();
  const data = query.data;
  return (
    <section className="card">
      <h2 className="card__title">{t("screensTitle")}</h2>
      <p className="display-admin__hint">{t("screensHint")}</p>
      <AsyncState query={query}>
        {() =>
          !data ? null : data.screens.length === 0 ? (
            <EmptyState>{t("noScreens")}</EmptyState>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("colScreen")}</th>
                    <th scope="col">{t("colToken")}</th>
                    <th scope="col">{t("colState")}</th>
                    <th scope="col">{t("colLastSeen")}</th>
                    <th scope="col">{t("colPanel")}</th>
                    <th scope="col">{t("colDataAge")}</th>
                    <th scope="col">{t("colErrors")}</th>
                    <th scope="col">{t("colViewport")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.screens.map((s) => (
                    <tr key={s.screenId}>
                      <td className="num">{s.screenId.slice(0, 12)}</td>
                      <td>{s.tokenLabel ?? "—"}</td>
                      <td>
                        <StatusBadge light={s.alive ? "green" : "red"}>
                          {s.alive ? t("alive") : t("silent")}
                        </StatusBadge>
                      </td>
                      <td className="display-admin__when">{when(s.lastSeenAt, t("never"))}</td>
                      <td>{panelName(s.panel)}</td>
                      <td className="num">{t("seconds", { n: s.dataAgeSeconds })}</td>
                      <td>{s.errors.length ? s.errors.map(panelName).join("、") : t("none")}</td>
                      <td className="num">{s.viewport ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncState>
    </section>
  );
}

/** `/entry/displays`: wall-screen links (create, revoke, last seen) and which screens are alive. */
export function DisplayAdminPage() {
  const t = useMessages(displayAdminMessages);
  const role = useRole();
  return (
    <div className="display-admin">
      <header className="page-header">
        <h1>{t("title")}</h1>
      </header>
      {role !== "admin" ? (
        <EmptyState>
          {t("adminOnly")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent("/entry/displays")}`}>{t("signIn")}</Link>
        </EmptyState>
      ) : (
        <>
          <p>{t("intro")}</p>
          <CreateForm />
          <TokenList />
          <ScreenList />
        </>
      )}
    </div>
  );
}
