import type { ReactNode } from "react";
import type { Lang } from "../../domain/i18n";
import type { StatusExplanation } from "../../domain/outcome-schemas";
import { describeStatus } from "../../domain/status-reason";
import { lightGlyph, lightWordKey, type StatusLight } from "../../domain/status-rules";
import { commonMessages } from "../i18n/common-messages";
import { useLang } from "../i18n/lang";
import { translate } from "../i18n/messages";

type Props = {
  light: StatusLight;
  /** What follows the shape; the light's own word (绿灯/黄灯/红灯) when not given. */
  children?: ReactNode;
  title?: string;
  /** Given, the tooltip is the same sentence the project page shows. */
  explanation?: StatusExplanation;
  /** A pill on the dashboard; large coloured text on the wall screen. */
  look?: "badge" | "wall";
  /** The shape alone, where the word stands beside it already (a bar's end on the wall). */
  shapeOnly?: boolean;
  /** The wall screen is told its language in its link rather than choosing it. */
  lang?: Lang;
};

/** A status light that never relies on colour alone: a shape and a word go with it. */
export function StatusBadge({
  light,
  children,
  title,
  explanation,
  look = "badge",
  shapeOnly = false,
  lang,
}: Props) {
  const chosen = useLang();
  const language = lang ?? chosen;
  const base = look === "wall" ? "wd-light" : "status";
  const className = `${base} ${base}--${light}`;
  if (shapeOnly)
    return (
      <span className={className} aria-hidden="true">
        {lightGlyph[light]}
      </span>
    );
  const tooltip = title ?? (explanation ? describeStatus(explanation, language) : undefined);
  const word = children ?? translate(commonMessages, language)(lightWordKey[light]);
  return (
    <span className={className} title={tooltip}>
      <span aria-hidden="true" className={look === "badge" ? "status__shape" : undefined}>
        {lightGlyph[light]}
      </span>
      {look === "wall" && " "}
      {word}
    </span>
  );
}
