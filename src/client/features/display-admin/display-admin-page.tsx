import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import { useRole } from "../../api/session";
import { AsyncState, EmptyState } from "../../components/async-state";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
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
    <Card title={t("createTitle")} className="display-admin__create">
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
    </Card>
  );
}

function TokenList() {
  const t = useMessages(displayAdminMessages);
  const query = useDisplayTokens();
  const revoke = useRevokeDisplayToken();
  const data = query.data;
  return (
    <Card title={t("tokensTitle")}>
      <AsyncState query={query}>
        {() =>
          data && (
            <DataTable
              columns={[
                { id: "label", header: t("colLabel"), cell: (token) => token.label },
                {
                  id: "created",
                  header: t("colCreated"),
                  cellClassName: "display-admin__when",
                  cell: (token) => when(token.createdAt, t("never")),
                },
                {
                  id: "lastSeen",
                  header: t("colLastSeen"),
                  cellClassName: "display-admin__when",
                  cell: (token) => when(token.lastSeenAt, t("never")),
                },
                {
                  id: "state",
                  header: t("colState"),
                  cell: (token) => (token.revokedAt ? t("revoked") : t("active")),
                },
                {
                  id: "actions",
                  header: t("colActions"),
                  cell: (token) =>
                    !token.revokedAt && (
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
                    ),
                },
              ]}
              rows={data.tokens}
              rowKey={(token) => token.id}
              empty={t("noTokens")}
            />
          )
        }
      </AsyncState>
    </Card>
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
    <Card title={t("screensTitle")}>
      <p className="display-admin__hint">{t("screensHint")}</p>
      <AsyncState query={query}>
        {() =>
          data && (
            <DataTable
              columns={[
                {
                  id: "screen",
                  header: t("colScreen"),
                  cellClassName: "num",
                  cell: (s) => s.screenId.slice(0, 12),
                },
                { id: "token", header: t("colToken"), cell: (s) => s.tokenLabel ?? "—" },
                {
                  id: "state",
                  header: t("colState"),
                  cell: (s) => (
                    <StatusBadge light={s.alive ? "green" : "red"}>
                      {s.alive ? t("alive") : t("silent")}
                    </StatusBadge>
                  ),
                },
                {
                  id: "lastSeen",
                  header: t("colLastSeen"),
                  cellClassName: "display-admin__when",
                  cell: (s) => when(s.lastSeenAt, t("never")),
                },
                { id: "panel", header: t("colPanel"), cell: (s) => panelName(s.panel) },
                {
                  id: "dataAge",
                  header: t("colDataAge"),
                  cellClassName: "num",
                  cell: (s) => t("seconds", { n: s.dataAgeSeconds }),
                },
                {
                  id: "errors",
                  header: t("colErrors"),
                  cell: (s) => (s.errors.length ? s.errors.map(panelName).join("、") : t("none")),
                },
                {
                  id: "viewport",
                  header: t("colViewport"),
                  cellClassName: "num",
                  cell: (s) => s.viewport ?? "—",
                },
              ]}
              rows={data.screens}
              rowKey={(s) => s.screenId}
              empty={t("noScreens")}
            />
          )
        }
      </AsyncState>
    </Card>
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
