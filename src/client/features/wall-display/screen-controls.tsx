import { useEffect, useState } from "react";
import type { Translate } from "../../i18n/messages";
import type { ParamNote } from "./display-params";
import type { Rotation } from "./hooks/use-rotation";
import type { wallMessages } from "./messages";

const noteMessage = {
  default: "paramNote",
  partly: "paramNotePartly",
  ignored: "paramNoteIgnored",
} as const;

type T = Translate<typeof wallMessages.zh>;
type Props = { rotation: Rotation; idle: boolean; t: T };

/**
 * What was wrong with the link's parameters, in a strip of its own along the bottom of the screen:
 * the panels above give it the room, so it never covers a row of the ranking or a figure.
 */
export function ParamNotes({ notes, t }: { notes: ParamNote[]; t: T }) {
  if (!notes.length) return null;
  return (
    <ul className="wd-notes" aria-label={t("paramNotesLabel")}>
      {notes.map((n) => (
        <li key={n.name}>{t(noteMessage[n.how], n)}</li>
      ))}
    </ul>
  );
}

/**
 * Keyboard (Space pauses, arrows step), the full-screen button for browsers that need a gesture
 * (shown while the mouse moves), and the pause state.
 */
export function ScreenControls({ rotation, idle, t }: Props) {
  const { togglePause, step, paused } = rotation;
  const [full, setFull] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Space on the focused button is the button's own press.
      if (event.target instanceof HTMLButtonElement && event.key === " ") return;
      if (event.key === " ") togglePause();
      else if (event.key === "ArrowRight") step(1);
      else if (event.key === "ArrowLeft") step(-1);
      else return;
      event.preventDefault();
    };
    const onFull = () => setFull(Boolean(document.fullscreenElement));
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFull);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFull);
    };
  }, [togglePause, step]);

  const toggleFull = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  };
  return (
    <>
      <button
        type="button"
        className={`wd-fullscreen${idle ? " is-hidden" : ""}`}
        onClick={toggleFull}
        tabIndex={idle ? -1 : 0}
      >
        {full ? t("exitFullscreen") : t("fullscreen")}
      </button>
      <p className="wd-paused" role="status" aria-live="polite">
        {paused ? <span className="wd-paused__chip">❚❚ {t("paused")}</span> : null}
      </p>
    </>
  );
}
