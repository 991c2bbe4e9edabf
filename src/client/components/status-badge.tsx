import type { StatusLight } from "../../domain/status-rules";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";

const shapes: Record<StatusLight, string> = { green: "●", yellow: "▲", red: "■" };

/** A status light that never relies on colour alone: a shape and a word go with it. */
export function StatusBadge({ light, title }: { light: StatusLight; title?: string }) {
  const t = useMessages(commonMessages);
  const word = { green: t("statusGreen"), yellow: t("statusYellow"), red: t("statusRed") }[light];
  return (
    <span className={`status status--${light}`} title={title}>
      <span aria-hidden="true" className="status__shape">
        {shapes[light]}
      </span>
      {word}
    </span>
  );
}
