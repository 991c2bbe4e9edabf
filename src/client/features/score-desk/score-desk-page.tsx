import { type ReactNode, useState } from "react";
import { Link, useSearchParams } from "wouter";
import { entryEvent } from "../../../domain/default-event";
import { useEvents } from "../../api/events";
import { type Role, useRole, useSession } from "../../api/session";
import { AsyncState, EmptyState } from "../../components/async-state";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { AuditTable } from "./components/audit-table";
import { CompletenessMatrix } from "./components/completeness-matrix";
import { DeskGrid, type GridTarget } from "./components/desk-grid";
import { EvaluatorLinks } from "./components/evaluator-links";
import { EventStateBar } from "./components/event-state-bar";
import { MismatchReview } from "./components/mismatch-review";
import { Picker } from "./components/picker";
import { useDeskData } from "./hooks/use-desk-data";
import { deskMessages } from "./messages";
import "./score-desk.css";

/**
 * /entry: the staff desk — event state, who has handed in, paper-sheet grid, links and the log.
 * Leaders get the same page to read: who has not submitted, the log and the quality signals
 * (`quality`, composed by the route), without any control that writes.
 */
export function ScoreDeskPage({ quality }: { quality?: (eventId: string) => ReactNode }) {
  const t = useMessages(deskMessages);
  const session = useSession();
  const role = useRole();
  if (session.isPending) return <AsyncState query={session}>{() => null}</AsyncState>;
  if (!role)
    return (
      <section className="score-desk">
        <h1>{t("title")}</h1>
        <p className="notice notice--warning" role="alert">
          {t("needStaff")} <Link href="/sign-in?next=%2Fentry">{t("signInLink")}</Link>
        </p>
      </section>
    );
  return <StaffDesk role={role} quality={quality} />;
}

function StaffDesk({ role, quality }: { role: Role; quality?: (eventId: string) => ReactNode }) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const events = useEvents();
  const [params, setParams] = useSearchParams();
  const list = events.data?.events ?? [];
  // Default: the latest open event (that is where entry happens), else the dashboard's default.
  const eventId = params.get("event") ?? entryEvent(list)?.id;
  const [target, setTarget] = useState<GridTarget | null>(null);
  const pickEvent = (id: string) =>
    setParams((p) => {
      p.set("event", id);
      return p;
    });
  return (
    <section className="score-desk">
      <header className="page-header">
        <h1>{role === "leader" ? t("leaderTitle") : t("title")}</h1>
        <Picker
          label={t("eventLabel")}
          value={eventId ?? ""}
          options={list.map((e) => ({
            value: e.id,
            label: `${localized(e, "name", lang)} · ${e.date}`,
          }))}
          onChange={pickEvent}
        />
      </header>
      {role === "leader" && <p className="notice desk-readonly">{t("leaderReadOnly")}</p>}
      <AsyncState query={events}>
        {() =>
          eventId ? (
            <EventDesk
              key={eventId}
              eventId={eventId}
              role={role}
              target={target}
              onOpen={setTarget}
              quality={quality}
            />
          ) : (
            <EmptyState>{t("noEvents")}</EmptyState>
          )
        }
      </AsyncState>
    </section>
  );
}

function EventDesk(props: {
  eventId: string;
  role: Role;
  target: GridTarget | null;
  onOpen: (target: GridTarget) => void;
  quality?: (eventId: string) => ReactNode;
}) {
  const { data, query } = useDeskData(props.eventId);
  const leader = props.role === "leader";
  return (
    <AsyncState query={query}>
      {() =>
        data ? (
          <>
            <EventStateBar data={data} role={props.role} />
            <CompletenessMatrix data={data} {...(leader ? {} : { onOpen: props.onOpen })} />
            {leader ? (
              <>
                {/* Reading the log is what a leader comes for: open from the start. */}
                <AuditTable data={data} open />
                {props.quality?.(props.eventId)}
              </>
            ) : (
              <>
                <DeskGrid data={data} target={props.target} onTarget={props.onOpen} />
                <MismatchReview data={data} />
                <EvaluatorLinks data={data} />
                <AuditTable data={data} />
              </>
            )}
          </>
        ) : null
      }
    </AsyncState>
  );
}
