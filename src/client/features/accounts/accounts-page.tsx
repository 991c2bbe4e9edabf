import { type FormEvent, useId, useMemo, useState } from "react";
import { Link } from "wouter";
import { accountRoles, type Role } from "../../../domain/roles";
import { useProjects } from "../../api/projects";
import { useRole } from "../../api/session";
import { AsyncState, EmptyState } from "../../components/async-state";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { StatusBadge } from "../../components/status-badge";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import {
  useAccounts,
  useCreateAccount,
  useResetPassword,
  useSendPasswordLink,
  useSetAccountDisabled,
} from "./accounts-api";
import { accountsMessages } from "./messages";
import "./accounts.css";

/** What is shown once: a one-time password, or a set-password link to hand over instead. */
type OneTime =
  | { username: string; password: string }
  | { username: string; link: { path: string; expiresAt: string } };
const usernamePattern = /^[A-Za-z0-9._-]{2,40}$/;

const pad = (n: number) => String(n).padStart(2, "0");
function when(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The responsible units that projects name: the only units a unit account may report for. */
function useResponsibleUnits() {
  const lang = useLang();
  const projects = useProjects().data?.projects ?? [];
  return useMemo(() => {
    const units = new Map<string, string>();
    for (const p of projects) units.set(p.responsibleUnit, localized(p, "responsibleUnit", lang));
    return [...units].sort((a, b) => a[1].localeCompare(b[1], lang === "zh" ? "zh-CN" : "en"));
  }, [projects, lang]);
}

/** A password or link shown once: copy it, read the warning, close it, and it is gone. */
function OneTimePassword({ shown, onClose }: { shown: OneTime; onClose: () => void }) {
  const t = useMessages(accountsMessages);
  const [copy, setCopy] = useState<"idle" | "done" | "failed">("idle");
  const isLink = "link" in shown;
  const secret = isLink ? `${window.location.origin}${shown.link.path}` : shown.password;
  return (
    <div className="accounts__password" role="status">
      <p>
        <strong>{t(isLink ? "linkTitle" : "passwordTitle", { username: shown.username })}</strong>
      </p>
      <p
        className={`accounts__secret${isLink ? " accounts__secret--link" : ""}`}
        data-testid={isLink ? "set-password-link" : "one-time-password"}
      >
        {secret}
      </p>
      <p className="accounts__warning">
        {isLink ? t("linkWarning", { when: when(shown.link.expiresAt) }) : t("passwordWarning")}
      </p>
      <div className="accounts__buttons">
        <button
          type="button"
          className="button"
          onClick={() =>
            navigator.clipboard
              ?.writeText(secret)
              .then(() => setCopy("done"))
              .catch(() => setCopy("failed")) ?? setCopy("failed")
          }
        >
          {copy === "done" ? t("copied") : t(isLink ? "copyLink" : "copy")}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      {copy === "failed" && <p className="field__error">{t("copyFailed")}</p>}
    </div>
  );
}

function AddForm({ onCreated }: { onCreated: (shown: OneTime) => void }) {
  const t = useMessages(accountsMessages);
  const id = useId();
  const units = useResponsibleUnits();
  const [username, setUsername] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("staff");
  const [unit, setUnit] = useState("");
  const [delivery, setDelivery] = useState<"password" | "link">("password");
  const [problems, setProblems] = useState<{ username?: boolean; unit?: boolean }>({});
  const create = useCreateAccount();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      username: !usernamePattern.test(username.trim()),
      unit: role === "unit" && !unit,
    };
    setProblems(found);
    if (found.username || found.unit) return;
    create.mutate(
      {
        username: username.trim(),
        role,
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(role === "unit" ? { unit } : {}),
        ...(delivery === "link" ? { passwordLink: true } : {}),
      },
      {
        onSuccess: (data) => {
          if ("link" in data && data.link)
            onCreated({ username: data.account.username, link: data.link });
          else if ("password" in data && data.password)
            onCreated({ username: data.account.username, password: data.password });
          setUsername("");
          setName("");
        },
      },
    );
  };
  return (
    <Card title={t("addTitle")}>
      <form onSubmit={submit} className="accounts__form" noValidate>
        <div className="field">
          <label htmlFor={`${id}-username`}>{t("username")}</label>
          <input
            id={`${id}-username`}
            className="input"
            value={username}
            autoComplete="off"
            maxLength={40}
            aria-invalid={problems.username}
            aria-describedby={problems.username ? `${id}-username-error` : undefined}
            onChange={(e) => setUsername(e.target.value)}
          />
          {problems.username && (
            <p id={`${id}-username-error`} className="field__error" role="alert">
              {t("usernameInvalid")}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("name")}</label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t("role")}</label>
          <select
            id={`${id}-role`}
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {accountRoles.map((r) => (
              <option key={r} value={r}>
                {t(`role_${r}`)}
              </option>
            ))}
          </select>
        </div>
        {role === "unit" && (
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t("unit")}</label>
            <select
              id={`${id}-unit`}
              className="input"
              value={unit}
              aria-invalid={problems.unit}
              aria-describedby={problems.unit ? `${id}-unit-error` : undefined}
              onChange={(e) => setUnit(e.target.value)}
            >
              <option value="">{t("chooseUnit")}</option>
              {units.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            {problems.unit && (
              <p id={`${id}-unit-error`} className="field__error" role="alert">
                {t("unitRequired")}
              </p>
            )}
          </div>
        )}
        <fieldset className="field accounts__delivery">
          <legend>{t("delivery")}</legend>
          {(["password", "link"] as const).map((way) => (
            <label key={way} className="accounts__choice">
              <input
                type="radio"
                name={`${id}-delivery`}
                value={way}
                checked={delivery === way}
                onChange={() => setDelivery(way)}
              />
              {t(way === "link" ? "deliveryLink" : "deliveryPassword")}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t("adding") : t("add")}
        </button>
      </form>
      {create.error && (
        <p className="field__error" role="alert">
          {create.error.message}
        </p>
      )}
    </Card>
  );
}

function AccountList({ onReset }: { onReset: (shown: OneTime) => void }) {
  const t = useMessages(accountsMessages);
  const query = useAccounts();
  const toggle = useSetAccountDisabled();
  const reset = useResetPassword();
  const sendLink = useSendPasswordLink();
  const units = new Map(useResponsibleUnits());
  const data = query.data;
  const failure = toggle.error ?? reset.error ?? sendLink.error;
  return (
    <Card title={t("listTitle")}>
      {failure && (
        <p className="field__error" role="alert">
          {failure.message}
        </p>
      )}
      <AsyncState query={query}>
        {() =>
          data && (
            <DataTable
              caption={t("listTitle")}
              captionHidden
              cards
              columns={[
                {
                  id: "username",
                  header: t("colUsername"),
                  rowHeader: true,
                  label: null,
                  sortValue: (a) => a.username,
                  cell: (a) => a.username,
                },
                { id: "name", header: t("colName"), cell: (a) => a.name },
                {
                  id: "role",
                  header: t("colRole"),
                  sortValue: (a) => a.role,
                  cell: (a) => t(`role_${a.role}`),
                },
                {
                  id: "unit",
                  header: t("colUnit"),
                  cell: (a) => (a.unit ? (units.get(a.unit) ?? a.unit) : t("none")),
                },
                {
                  id: "state",
                  header: t("colState"),
                  cell: (a) => (
                    <StatusBadge light={a.disabled ? "red" : "green"}>
                      {a.disabled ? t("disabled") : t("enabled")}
                    </StatusBadge>
                  ),
                },
                {
                  id: "created",
                  header: t("colCreated"),
                  cellClassName: "accounts__when",
                  sortValue: (a) => a.createdAt,
                  cell: (a) => when(a.createdAt),
                },
                {
                  id: "actions",
                  header: t("colActions"),
                  cell: (a) => (
                    <div className="accounts__buttons">
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={toggle.isPending}
                        aria-label={`${a.disabled ? t("enable") : t("disable")} ${a.username}`}
                        onClick={() => {
                          const ask = a.disabled ? "enableConfirm" : "disableConfirm";
                          if (window.confirm(t(ask, { username: a.username })))
                            toggle.mutate({ username: a.username, disabled: !a.disabled });
                        }}
                      >
                        {a.disabled ? t("enable") : t("disable")}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={reset.isPending}
                        aria-label={`${t("reset")} ${a.username}`}
                        onClick={() => {
                          if (window.confirm(t("resetConfirm", { username: a.username })))
                            reset.mutate(a.username, {
                              onSuccess: (r) =>
                                onReset({ username: r.account.username, password: r.password }),
                            });
                        }}
                      >
                        {t("reset")}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={sendLink.isPending}
                        aria-label={`${t("sendLink")} ${a.username}`}
                        onClick={() => {
                          if (window.confirm(t("sendLinkConfirm", { username: a.username })))
                            sendLink.mutate(a.username, {
                              onSuccess: (r) =>
                                onReset({ username: r.account.username, link: r.link }),
                            });
                        }}
                      >
                        {t("sendLink")}
                      </button>
                    </div>
                  ),
                },
              ]}
              rows={data.accounts}
              rowKey={(a) => a.username}
              empty={t("noAccounts")}
            />
          )
        }
      </AsyncState>
    </Card>
  );
}

/** `/admin/accounts`: add, disable, enable and reset accounts (admins). */
export function AccountsPage() {
  const t = useMessages(accountsMessages);
  const role = useRole();
  // Kept only in this page's memory: gone once closed or the page is left, as promised.
  const [shown, setShown] = useState<OneTime | null>(null);
  return (
    <div className="accounts">
      <header className="page-header">
        <h1>{t("title")}</h1>
      </header>
      {role !== "admin" ? (
        <EmptyState>
          {t("adminOnly")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent("/admin/accounts")}`}>{t("signIn")}</Link>
        </EmptyState>
      ) : (
        <>
          <p>{t("intro")}</p>
          {shown && <OneTimePassword shown={shown} onClose={() => setShown(null)} />}
          <AddForm onCreated={setShown} />
          <AccountList onReset={setShown} />
        </>
      )}
    </div>
  );
}
