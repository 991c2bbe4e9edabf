import { useState } from "react";
import { Link, useSearchParams } from "wouter";
import { defaultEvent } from "../../../domain/default-event";
import {
  type DraftAnswer,
  useCreateEvent,
  useEventDraft,
  useOpenEvent,
  useSaveEventDraft,
} from "../../api/event-drafts";
import { useEvent, useEvents } from "../../api/events";
import { useRole } from "../../api/session";
import { AsyncState, EmptyState } from "../../components/async-state";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { DraftEditor } from "./draft-editor";
import { bodyOf, formFrom } from "./draft-form";
import { eventsAdminMessages } from "./messages";
import "./events-admin.css";

/** /admin/events: the list, a new draft (?new), or one draft's editor (?edit=id). */
export function EventsAdminPage() {
  const t = useMessages(eventsAdminMessages);
  const role = useRole();
  const [params, setParams] = useSearchParams();
  const editing = params.get("edit");
  const creating = params.has("new");
  const go = (next: Record<string, string>) => setParams(new URLSearchParams(next));
  return (
    <section className="events-admin">
      <header className="page-header">
        <h1>{t("title")}</h1>
      </header>
      {role !== "admin" && role !== "staff" ? (
        <p className="notice notice--warning" role="alert">
          {t("staffOnly")} <Link href="/sign-in?next=%2Fadmin%2Fevents">{t("signIn")}</Link>
        </p>
      ) : creating ? (
        <NewDraft onCreated={(id) => go({ edit: id })} onBack={() => go({})} />
      ) : editing ? (
        <EditDraft key={editing} id={editing} onBack={() => go({})} />
      ) : (
        <>
          <p className="events-admin__intro">{t("intro")}</p>
          <div>
            <button type="button" className="button" onClick={() => go({ new: "1" })}>
              {t("newEvent")}
            </button>
          </div>
          <EventList onEdit={(id) => go({ edit: id })} />
        </>
      )}
    </section>
  );
}

function EventList({ onEdit }: { onEdit: (id: string) => void }) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const query = useEvents();
  const events = query.data?.events ?? [];
  return (
    <Card title={t("listTitle")}>
      <AsyncState query={query}>
        {() => (
          <DataTable
            caption={t("listTitle")}
            captionHidden
            cards
            empty={<EmptyState>{t("noEvents")}</EmptyState>}
            rows={events}
            rowKey={(e) => e.id}
            columns={[
              {
                id: "name",
                header: t("colName"),
                rowHeader: true,
                label: null,
                cell: (e) => localized(e, "name", lang),
              },
              { id: "date", header: t("colDate"), cell: (e) => e.date },
              {
                id: "state",
                header: t("colState"),
                cell: (e) => (
                  <span className={`events-admin__state events-admin__state--${e.state}`}>
                    {t(`state_${e.state}`)}
                  </span>
                ),
              },
              {
                id: "actions",
                header: t("colActions"),
                cell: (e) => (
                  <div className="events-admin__buttons">
                    {e.state === "draft" && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${t("edit")} ${localized(e, "name", lang)}`}
                        onClick={() => onEdit(e.id)}
                      >
                        {t("edit")}
                      </button>
                    )}
                    <Link
                      className="button button--small button--ghost"
                      href={`/entry?event=${encodeURIComponent(e.id)}`}
                    >
                      {t("toDesk")}
                    </Link>
                  </div>
                ),
              },
            ]}
          />
        )}
      </AsyncState>
    </Card>
  );
}

/** A new draft starts from the default event's scheme, groups and rules. */
function NewDraft({ onCreated, onBack }: { onCreated: (id: string) => void; onBack: () => void }) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const events = useEvents();
  const templateId = defaultEvent(events.data?.events ?? [])?.id;
  const template = useEvent(templateId);
  const create = useCreateEvent();
  const data = template.data;
  return (
    <AsyncState query={templateId ? template : events}>
      {() =>
        data && (
          <DraftEditor
            title={t("newTitle")}
            note={t("templateNote", { name: localized(data.event, "name", lang) })}
            initial={formFrom(data.event, [], true)}
            saving={create.isPending}
            error={create.error}
            submitLabel={t("create")}
            onBack={onBack}
            onSave={(form) =>
              create.mutate(
                { ...bodyOf(form), templateEventId: data.event.id },
                { onSuccess: (answer) => onCreated(answer.event.id) },
              )
            }
          />
        )
      }
    </AsyncState>
  );
}

function EditDraft({ id, onBack }: { id: string; onBack: () => void }) {
  const t = useMessages(eventsAdminMessages);
  const lang = useLang();
  const query = useEventDraft(id);
  const save = useSaveEventDraft(id);
  const open = useOpenEvent(id);
  const data = query.data;
  // The editor stays on the version it started from (or its own last save): someone else's change
  // arriving live must not wipe what is being typed; saving against it answers 412 instead.
  const [base, setBase] = useState<DraftAnswer>();
  if (data && !base) setBase(data);
  const shown = base ?? data;
  return (
    <AsyncState query={query}>
      {() =>
        data &&
        shown &&
        (data.event.state !== "draft" ? (
          <Card title={localized(data.event, "name", lang)}>
            <p className="notice" role="status">
              {open.isSuccess
                ? t("opened")
                : t("notDraft", { state: t(`state_${data.event.state}`) })}{" "}
              <Link href={`/entry?event=${encodeURIComponent(id)}`}>{t("toDesk")}</Link>
            </p>
            <button type="button" className="button button--ghost" onClick={onBack}>
              {t("backToList")}
            </button>
          </Card>
        ) : (
          <DraftEditor
            // A save answers with the stored draft (new evaluators now have ids): start from it.
            key={shown.version}
            title={t("editTitle", { name: localized(shown.event, "name", lang) })}
            initial={formFrom(shown.event, shown.evaluators, false)}
            savedVersion={save.isSuccess ? shown.version : undefined}
            sheetCount={data.sheetCount}
            saving={save.isPending}
            error={save.error ?? open.error}
            submitLabel={t("save")}
            onBack={onBack}
            onSave={(form) =>
              save.mutate({ body: bodyOf(form), version: shown.version }, { onSuccess: setBase })
            }
            onOpen={{
              pending: open.isPending,
              run: () => {
                if (window.confirm(t("openConfirm", { name: shown.event.name }))) open.mutate();
              },
            }}
          />
        ))
      }
    </AsyncState>
  );
}
