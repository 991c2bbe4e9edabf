import type { ReactNode } from "react";
import { periodIdSchema } from "../../../domain/project";
import { useMessages } from "../../i18n/messages";
import { dispatchMessages } from "./messages";

/**
 * Shows its children only for a well-formed 旬 in the path; otherwise says what a 旬 looks like.
 * The API checks the same way, so a malformed period never reaches the server.
 */
export function ValidPeriod({ period, children }: { period: string; children: ReactNode }) {
  const t = useMessages(dispatchMessages);
  if (periodIdSchema.safeParse(period).success) return children;
  return (
    <div className="dispatch">
      <h1 className="dispatch__title">{t("title")}</h1>
      <p className="notice notice--warning" role="alert">
        {t("badPeriod", { period })}
      </p>
    </div>
  );
}
