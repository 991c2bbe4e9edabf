import { formatDate, type Lang } from "../../../domain/formats";
import { localized } from "../../i18n/localized";
import type { Translate } from "../../i18n/messages";
import type { WallEvent } from "./display-data";
import type { wallMessages } from "./messages";

type Props = { event: WallEvent; lang: Lang; t: Translate<typeof wallMessages.zh> };

/**
 * Which inspection the scores on a panel come from: its name, its date, and while scoring is still
 * going on, that these scores are not final. Every panel that shows a score carries it.
 */
export function WallEventName({ event, lang, t }: Props) {
  const name = localized(event, "name", lang);
  const date = formatDate(event.date, lang);
  const finished = event.state === "closed" || event.state === "published";
  return (
    <span className="wd-eventname" data-event-id={event.id}>
      {finished
        ? t("scoresOf", { event: name, date })
        : t("scoresOfLive", {
            event: name,
            date,
            state: t(`eventState_${event.state}` as "eventState_open"),
          })}
    </span>
  );
}
