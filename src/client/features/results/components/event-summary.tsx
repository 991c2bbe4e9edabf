import { useId } from "react";
import { defaultEvent } from "../../../../domain/default-event";
import { formatDate } from "../../../../domain/formats";
import type { EventsResponse, ResultsResponse } from "../../../api/events";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useDashboardSearch } from "../../../lib/dashboard-search";
import { resultsMessages } from "../messages";

type Props = {
  events: EventsResponse["events"];
  eventId: string | undefined;
  results: ResultsResponse | undefined;
};

/** The event picker (kept in the URL as `event`) and the chosen event's facts and hand-in count. */
export function EventSummary({ events, eventId, results }: Props) {
  const t = useMessages(resultsMessages);
  const lang = useLang();
  const { update } = useDashboardSearch();
  const id = useId();
  const event = events.find((e) => e.id === eventId);
  return (
    <section className="card results-event" aria-labelledby={`${id}-name`}>
      <label className="field results-event__picker" htmlFor={`${id}-select`}>
        {t("event")}
        <select
          id={`${id}-select`}
          className="select"
          value={eventId ?? ""}
          // Choosing the default event keeps the address short.
          onChange={(e) =>
            update({
              event: e.target.value === defaultEvent(events)?.id ? undefined : e.target.value,
            })
          }
        >
          {events.map((e) => (
            <option key={e.id} value={e.id}>
              {localized(e, "name", lang)} · {formatDate(e.date, lang)}
            </option>
          ))}
        </select>
      </label>
      <div className="results-event__facts">
        <h2 id={`${id}-name`} className="results-event__name">
          {event ? localized(event, "name", lang) : eventId}
        </h2>
        {event && (
          <dl>
            <div>
              <dt>{t("date")}</dt>
              <dd>{formatDate(event.date, lang)}</dd>
            </div>
            <div>
              <dt>{t("venue")}</dt>
              <dd>{localized(event, "venue", lang) || "—"}</dd>
            </div>
            <div>
              <dt>{t("state")}</dt>
              <dd>
                <span className={`results-state results-state--${event.state}`}>
                  {t(event.state)}
                </span>
              </dd>
            </div>
            {results && (
              <div>
                <dt>{t("submittedLabel")}</dt>
                <dd>{t("submitted", { n: results.sheetCount, m: results.expectedSheetCount })}</dd>
              </div>
            )}
          </dl>
        )}
      </div>
    </section>
  );
}
