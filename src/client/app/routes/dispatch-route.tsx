import { useParams } from "wouter";
import { periodIdSchema } from "../../../domain/project";
import { DispatchPage } from "../../features/dispatch/dispatch-page";
import { dispatchMessages } from "../../features/dispatch/messages";
import { useMessages } from "../../i18n/messages";

export default function DispatchRoute() {
  const { period = "" } = useParams<{ period: string }>();
  const t = useMessages(dispatchMessages);
  // The API checks the same way: a malformed period never reaches the server.
  if (!periodIdSchema.safeParse(period).success)
    return (
      <div className="dispatch">
        <h1 className="dispatch__title">{t("title")}</h1>
        <p className="notice notice--warning" role="alert">
          {t("badPeriod", { period })}
        </p>
      </div>
    );
  return <DispatchPage key={period} period={period} />;
}
