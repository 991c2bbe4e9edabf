import { useMemo, useState } from "react";
import { useSearchParams } from "wouter";
import { recusalsOf } from "../../../../domain/recusal";
import type { SheetInput } from "../../../../domain/sheet-input";
import { allQueries } from "../../../api/all-queries";
import { AsyncState } from "../../../components/async-state";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { isRevoked, useLinkEvent, useLinkProjects, useLinkSheets } from "../api/link-api";
import { useOutboxSender } from "../hooks/use-outbox-sender";
import { entryMessages } from "../messages";
import { useEntryStore, useLinkData } from "../stores/entry-store";
import { newIdempotencyKey } from "../utils/new-key";
import { nextToScore } from "../utils/next-to-score";
import { sheetState } from "../utils/sheet-state";
import { EntryHeader } from "./entry-header";
import { LinkRevoked } from "./link-revoked";
import { ProjectEditor } from "./project-editor";
import { ProjectList } from "./project-list";

type Props = { token: string; eventId: string; evaluatorId: string };

export function EntryWorkspace({ token, eventId, evaluatorId }: Props) {
  const lang = useLang();
  const t = useMessages(entryMessages);
  const link = `${eventId}/${evaluatorId}`;
  // The project just submitted, named on the next sheet the phone moved on to.
  const [arrivedFrom, setArrivedFrom] = useState<{ at: string; name: string } | null>(null);
  const event = useLinkEvent(token, eventId);
  const sheets = useLinkSheets(token, eventId);
  const projects = useLinkProjects(token);
  const data = useLinkData(link);
  const sender = useOutboxSender({ token, link, eventId, evaluatorId });
  const [params, setParams] = useSearchParams();
  const selected = params.get("p");

  const queries = [event, sheets, projects];
  const all = allQueries(queries);

  const model = useMemo(() => {
    if (!event.data || !sheets.data || !projects.data) return null;
    const ev = event.data.event;
    const evaluator = event.data.evaluators.find((e) => e.id === evaluatorId);
    const byId = new Map(projects.data.projects.map((p) => [p.id, p]));
    const recused = new Set(
      recusalsOf(ev, evaluator ? [evaluator] : [], projects.data.projects).map((r) => r.projectId),
    );
    const mine = new Map(
      sheets.data.sheets.filter((s) => s.evaluatorId === evaluatorId).map((s) => [s.projectId, s]),
    );
    const items = ev.projectIds.map((id) => {
      const project = byId.get(id);
      return {
        id,
        name: project ? localized(project, "name", lang) : id,
        sheet: mine.get(id),
        recused: recused.has(id),
      };
    });
    return { ev, evaluator, items, recused };
  }, [event.data, sheets.data, projects.data, evaluatorId, lang]);

  if (sender.revoked || queries.some((q) => q.isError && isRevoked(q.error)))
    return <LinkRevoked />;

  return (
    <AsyncState query={all}>
      {() => {
        if (!model) return null;
        const { ev, evaluator, items } = model;
        const listed = items.map((item) => ({
          ...item,
          state: sheetState({
            recused: item.recused,
            sending: sender.sending.has(item.id),
            pending: data.outbox[item.id],
            failure: data.failures[item.id],
            draft: data.drafts[item.id],
            serverVersion: item.sheet?.version,
          }),
        }));
        const expected = items.filter((i) => !i.recused);
        const done = expected.filter((i) => i.sheet).length;
        // Scored: on the server, or on its way there from this phone.
        const scored = (i: (typeof listed)[number]) =>
          Boolean(i.sheet) || i.state.kind === "queued" || i.state.kind === "sending";
        const allDone = listed.every((i) => i.recused || scored(i));
        const index = listed.findIndex((i) => i.id === selected);
        const current = index >= 0 ? listed[index] : undefined;
        const select = (id: string | null) => {
          setArrivedFrom(null);
          setParams((prev) => {
            const next = new URLSearchParams(prev);
            if (id) next.set("p", id);
            else next.delete("p");
            return next;
          });
        };
        /** After a submission: on to the next project not yet scored, or back to the list. */
        const moveOn = (from: (typeof listed)[number]) => {
          const next = nextToScore(
            listed.map((i) => ({ id: i.id, recused: i.recused, scored: scored(i) })),
            from.id,
          );
          select(next);
          if (next) setArrivedFrom({ at: next, name: from.name });
          // The submit button is at the bottom: start the next sheet (or the all-done note) at the top.
          window.scrollTo({ top: 0 });
        };
        const submit = (projectId: string, body: SheetInput, baseVersion: number) =>
          useEntryStore.getState().enqueue(link, projectId, {
            idempotencyKey: newIdempotencyKey(),
            body,
            baseVersion,
            attempts: 0,
            retryAt: 0,
            queuedAt: new Date().toISOString(),
          });
        return (
          <>
            <EntryHeader
              lang={lang}
              evaluatorLabel={evaluator ? localized(evaluator, "label", lang) : evaluatorId}
              eventName={localized(ev, "name", lang)}
              eventDate={ev.date}
              eventState={ev.state}
              done={done}
              expected={expected.length}
              recused={items.length - expected.length}
              pending={Object.keys(data.outbox).length}
              onSendNow={() => void sender.sendNow()}
            />
            <div className={`entry-body${current ? " has-selection" : ""}`}>
              <div className="entry-side">
                {allDone && (
                  <div className="entry-notice entry-notice--ok entry-done" role="status">
                    <p>
                      <strong>{t("allDone", { n: expected.length })}</strong>
                    </p>
                    <p>{t("allDoneReview")}</p>
                    {!current && expected[0] && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => select(expected[0]?.id ?? null)}
                      >
                        {t("reviewFromStart")}
                      </button>
                    )}
                  </div>
                )}
                <ProjectList projects={listed} selected={selected} onSelect={select} />
              </div>
              {current && (
                <ProjectEditor
                  key={current.id}
                  lang={lang}
                  link={link}
                  event={ev}
                  project={current}
                  position={{ n: index + 1, total: listed.length }}
                  draft={data.drafts[current.id]}
                  arrivedFrom={arrivedFrom?.at === current.id ? arrivedFrom.name : undefined}
                  onSubmit={(body) => {
                    submit(current.id, body, current.sheet?.version ?? 0);
                    moveOn(current);
                  }}
                  onPrevious={index > 0 ? () => select(listed[index - 1].id) : undefined}
                  onNext={
                    index < listed.length - 1 ? () => select(listed[index + 1].id) : undefined
                  }
                  onClose={() => select(null)}
                />
              )}
            </div>
          </>
        );
      }}
    </AsyncState>
  );
}
