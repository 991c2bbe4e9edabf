import { useMessages } from "../../../i18n/messages";
import { deskMessages } from "../messages";

/** Switches the grid between normal entry (PUT) and blind double entry (keyings). */
export function DoubleEntryToggle(props: {
  on: boolean;
  /** Unsaved drafts: switching would change what they mean, so it waits until they are gone. */
  blocked: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useMessages(deskMessages);
  return (
    <>
      <div className="desk-double">
        <label>
          <input
            type="checkbox"
            checked={props.on}
            disabled={props.blocked}
            aria-describedby={
              props.blocked ? "double-blocked" : props.on ? "double-help" : undefined
            }
            onChange={(e) => props.onChange(e.target.checked)}
          />
          {t("doubleToggle")}
        </label>
        {props.blocked && (
          <p className="desk-double__note" id="double-blocked">
            {t("doubleToggleBlocked")}
          </p>
        )}
      </div>
      {props.on && (
        <p className="notice" id="double-help">
          {t("doubleHelp")}
        </p>
      )}
    </>
  );
}
