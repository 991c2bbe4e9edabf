import { useId, useState } from "react";
import { defaultEvent } from "../../../domain/default-event";
import { formatDate, type Lang } from "../../../domain/formats";
import { useEvents } from "../../api/events";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import {
  type DisplayLinkOptions,
  type DisplayPanelId,
  defaultDisplayPanels,
  displayDefaults,
  displayIntervalRange,
  displayLink,
  displayPanelIds,
} from "../../lib/display-link";
import { displayAdminMessages } from "./messages";

type Problem = "noPanels" | "badInterval" | "badHours";

/** What the admin typed, checked; the link is built only from options that are all valid. */
function check(form: {
  panels: DisplayPanelId[];
  interval: string;
  lang: Lang;
  from: string;
  to: string;
  reloadAt: string;
  event: string;
}): { options: DisplayLinkOptions | null; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!form.panels.length) problems.push("noPanels");
  const interval = Number(form.interval);
  if (
    !Number.isInteger(interval) ||
    interval < displayIntervalRange.min ||
    interval > displayIntervalRange.max
  )
    problems.push("badInterval");
  // Both ends or neither, and not the same minute (that would be a day with no hours at all).
  if (Boolean(form.from) !== Boolean(form.to) || (form.from && form.from === form.to))
    problems.push("badHours");
  if (problems.length) return { options: null, problems };
  return {
    problems,
    options: {
      panels: form.panels,
      intervalSeconds: interval,
      lang: form.lang,
      hours: form.from && form.to ? { from: form.from, to: form.to } : null,
      reloadAt: form.reloadAt || null,
      event: form.event || null,
    },
  };
}

/**
 * The new screen link with its options chosen by ticking and typing rather than by editing the
 * URL: panels and their order, interval, language, active hours, nightly reload, and the event.
 */
export function DisplayLinkBuilder({ base }: { base: string }) {
  const t = useMessages(displayAdminMessages);
  const id = useId();
  const [panels, setPanels] = useState<DisplayPanelId[]>([...defaultDisplayPanels]);
  const [interval, setIntervalText] = useState(String(displayDefaults.intervalSeconds));
  const [lang, setLang] = useState<Lang>(displayDefaults.lang);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [reloadAt, setReloadAt] = useState("");
  // "" = no event in the link: the screen follows the default rule as events are finished.
  const [event, setEvent] = useState("");
  const [copied, setCopied] = useState(false);
  const pageLang = useLang();
  const events = useEvents().data?.events ?? [];
  const fallback = defaultEvent(events);
  const eventText = (e: (typeof events)[number]) =>
    t("eventOption", {
      name: localized(e, "name", pageLang),
      date: formatDate(e.date, pageLang),
      state: t(`state_${e.state}`),
    });
  const { options, problems } = check({ panels, interval, lang, from, to, reloadAt, event });
  const link = options ? displayLink(base, options) : null;
  const problemId = (p: Problem) => `${id}-${p}`;
  const describedBy = (p: Problem) => (problems.includes(p) ? problemId(p) : undefined);
  const changed =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setCopied(false);
    };
  const togglePanel = changed((panel: DisplayPanelId) =>
    setPanels((now) =>
      now.includes(panel)
        ? now.filter((p) => p !== panel)
        : displayPanelIds.filter((p) => p === panel || now.includes(p)),
    ),
  );

  return (
    <div className="display-link">
      <fieldset className="display-link__panels" aria-describedby={describedBy("noPanels")}>
        <legend>{t("optPanels")}</legend>
        {displayPanelIds.map((panel) => (
          <label key={panel} className="display-link__check">
            <input
              type="checkbox"
              checked={panels.includes(panel)}
              onChange={() => togglePanel(panel)}
            />
            {t(`panel_${panel}`)}
          </label>
        ))}
      </fieldset>
      <div className="display-link__row">
        <div className="field">
          <label htmlFor={`${id}-interval`}>{t("optInterval")}</label>
          <input
            id={`${id}-interval`}
            className="input display-link__number"
            type="number"
            inputMode="numeric"
            min={displayIntervalRange.min}
            max={displayIntervalRange.max}
            value={interval}
            aria-invalid={problems.includes("badInterval")}
            aria-describedby={describedBy("badInterval")}
            onChange={(e) => changed(setIntervalText)(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t("optLang")}</label>
          <select
            id={`${id}-lang`}
            className="select"
            value={lang}
            onChange={(e) => changed(setLang)(e.target.value === "en" ? "en" : "zh")}
          >
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="field display-link__event">
          <label htmlFor={`${id}-event`}>{t("optEvent")}</label>
          <select
            id={`${id}-event`}
            className="select"
            value={event}
            aria-describedby={fallback ? `${id}-event-now` : undefined}
            onChange={(e) => changed(setEvent)(e.target.value)}
          >
            <option value="">{t("eventDefault")}</option>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {eventText(e)}
              </option>
            ))}
          </select>
          {fallback && (
            <p id={`${id}-event-now`} className="display-admin__hint display-link__event-now">
              {t("eventDefaultNow", {
                name: localized(fallback, "name", pageLang),
                date: formatDate(fallback.date, pageLang),
              })}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t("optHoursFrom")}</label>
          <input
            id={`${id}-from`}
            className="input"
            type="time"
            value={from}
            aria-invalid={problems.includes("badHours")}
            aria-describedby={describedBy("badHours")}
            onChange={(e) => changed(setFrom)(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("optHoursTo")}</label>
          <input
            id={`${id}-to`}
            className="input"
            type="time"
            value={to}
            aria-invalid={problems.includes("badHours")}
            aria-describedby={describedBy("badHours")}
            onChange={(e) => changed(setTo)(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reload`}>{t("optReload")}</label>
          <input
            id={`${id}-reload`}
            className="input"
            type="time"
            value={reloadAt}
            onChange={(e) => changed(setReloadAt)(e.target.value)}
          />
        </div>
      </div>
      <p className="display-admin__hint">{t("optHint")}</p>
      <p className="display-admin__hint">{t("eventHint")}</p>
      {problems.map((p) => (
        <p key={p} id={problemId(p)} className="field__error" role="alert">
          {t(`problem_${p}`, displayIntervalRange)}
        </p>
      ))}
      {link && (
        <>
          <p className="display-admin__url">
            <a href={link} target="_blank" rel="noreferrer">
              {link}
            </a>
          </p>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => navigator.clipboard?.writeText(link).then(() => setCopied(true))}
          >
            {copied ? t("copied") : t("copy")}
          </button>
        </>
      )}
    </div>
  );
}
