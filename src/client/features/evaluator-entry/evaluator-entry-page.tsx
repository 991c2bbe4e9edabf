import { useEffect } from "react";
import { AsyncState } from "../../components/async-state";
import { isRevoked, useLinkSession } from "./api/link-api";
import { EntryWorkspace } from "./components/entry-workspace";
import { LinkRevoked } from "./components/link-revoked";
import { useEntryStore } from "./stores/entry-store";
import "./evaluator-entry.css";

/** /score/:token — an evaluator scores the event's projects on a phone, online or not. */
export function EvaluatorEntryPage({ token }: { token: string }) {
  const session = useLinkSession(token);
  const rememberToken = useEntryStore((s) => s.rememberToken);
  useEffect(() => {
    if (token) rememberToken(token);
  }, [token, rememberToken]);

  if (!token || (session.isError && isRevoked(session.error))) return <LinkRevoked />;
  return (
    <div className="entry-page">
      <AsyncState query={session}>
        {() =>
          session.data && (
            <EntryWorkspace
              token={token}
              eventId={session.data.actor.eventId}
              evaluatorId={session.data.actor.evaluatorId}
            />
          )
        }
      </AsyncState>
    </div>
  );
}
