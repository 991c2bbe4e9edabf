import type { StatusExplanation } from "../../domain/outcome-schemas";
import { describeStatus } from "../../domain/status-reason";
import type { StatusLight } from "../../domain/status-rules";
import { commonMessages } from "../i18n/common-messages";
import { useLang } from "../i18n/lang";
import { useMessages } from "../i18n/messages";

const shapes: Record<StatusLight, string> = { green: "●", yellow: "▲", red: "■" };

/**
 * A status light that never relies on colour alone: a shape and a word go with it. Given the
 * explanation, its tooltip is the same sentence the project page shows.
 */
export function StatusBadge({
  light,
  title,
  explanation,
}: {
  light: StatusLight;
  title?: string;
  explanation?: StatusExplanation;
}) {
  const t = useMessages(commonMessages);
  const lang = useLang();
  const word = { green: t("statusGreen"), yellow: t("statusYellow"), red: t("statusRed") }[light];
  const tooltip = title ?? (explanation ? describeStatus(explanation, lang) : undefined);
  return (
    <span className={`status status--${light}`} title={tooltip}>
      <span aria-hidden="true" className="status__shape">
        {shapes[light]}
      </span>
      {word}
    </span>
  );
}
