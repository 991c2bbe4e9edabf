import { type Lang, periodLabel } from "../../../../domain/formats";
import { parsePeriodId } from "../../../../domain/periods";
import { lightGlyph, lightWordKey } from "../../../../domain/status-rules";
import { useProjectLights } from "../../../api/dispatch";
import { AsyncState, EmptyState } from "../../../components/async-state";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { defineMessages, useMessages } from "../../../i18n/messages";

const timelineMessages = defineMessages({
  zh: {
    caption: "每旬末的状态灯（{from} 至 {to}）",
    cell: "{period}：{light}",
    changesTitle: "灯色变化",
    changed: "{period}：{from} → {to}",
    startedAs: "{period}：起始为{to}",
    none: "暂无旬报，无法回溯状态灯。",
  },
  en: {
    caption: "Status light at the end of each ten-day period ({from} to {to})",
    cell: "{period}: {light}",
    changesTitle: "When the light changed",
    changed: "{period}: {from} → {to}",
    startedAs: "{period}: started {to}",
    none: "No ten-day reports yet, so there is no light history.",
  },
});

/** A tick under the strip: "4月" / "Apr". */
const monthTick = (month: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === "zh" ? "zh-CN" : "en", {
    month: "short",
    timeZone: "UTC",
  }).format(Date.UTC(2000, month - 1, 1));

/**
 * The light per 旬 as a strip, and, for those who cannot see colours or the strip, the list of
 * 旬 where it changed with the sentence that explains each: when it turned red, and why.
 */
export function LightTimeline({ projectId }: { projectId: string }) {
  const t = useMessages(timelineMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const query = useProjectLights(projectId);
  return (
    <AsyncState query={query}>
      {() => {
        const data = query.data;
        if (!data?.lights.length) return <EmptyState>{t("none")}</EmptyState>;
        const first = data.lights[0]?.period ?? "";
        const last = data.lights.at(-1)?.period ?? "";
        const word = (light: keyof typeof lightWordKey) => common(lightWordKey[light]);
        return (
          <div className="light-timeline">
            <p className="light-timeline__caption" id={`lights-caption-${projectId}`}>
              {t("caption", { from: periodLabel(first, lang), to: periodLabel(last, lang) })}
            </p>
            <div className="light-timeline__scroll">
              <ol className="light-timeline__strip" aria-labelledby={`lights-caption-${projectId}`}>
                {data.lights.map((entry) => {
                  const { year, month, part } = parsePeriodId(entry.period);
                  const tick = part === 1 && (month - 1) % 3 === 0;
                  const label = t("cell", {
                    period: periodLabel(entry.period, lang),
                    light: word(entry.light),
                  });
                  return (
                    <li
                      key={entry.period}
                      className={`light-timeline__cell light-timeline__cell--${entry.light}`}
                      title={`${label}\n${entry.reason[lang]}`}
                      data-period={entry.period}
                      data-light={entry.light}
                    >
                      <span aria-hidden="true">{lightGlyph[entry.light]}</span>
                      <span className="visually-hidden">{label}</span>
                      {tick && (
                        <span className="light-timeline__tick" aria-hidden="true">
                          {month === 1 ? `${year}` : monthTick(month, lang)}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ol>
            </div>
            <h3 className="light-timeline__title">{t("changesTitle")}</h3>
            <ol className="light-timeline__changes">
              {[...data.changes].reverse().map((change) => (
                <li key={change.period} data-period={change.period} data-light={change.light}>
                  <span className="light-timeline__when">
                    {change.from
                      ? t("changed", {
                          period: periodLabel(change.period, lang),
                          from: word(change.from),
                          to: word(change.light),
                        })
                      : t("startedAs", {
                          period: periodLabel(change.period, lang),
                          to: word(change.light),
                        })}
                  </span>{" "}
                  <StatusBadge light={change.light} />
                  <p className="light-timeline__reason">{change.reason[lang]}</p>
                </li>
              ))}
            </ol>
          </div>
        );
      }}
    </AsyncState>
  );
}
