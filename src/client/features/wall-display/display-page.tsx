import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "wouter";
import { HTML_LANG } from "../../../domain/i18n";
import { translate } from "../../i18n/messages";
import { createWallQueryClient } from "./display-data";
import { type ActiveHours, parseDisplayParams, withinActiveHours } from "./display-params";
import { useDailyReload } from "./hooks/use-screen-care";
import { wallMessages } from "./messages";
import { ScreenMessage } from "./screen-message";
import { WallScreen } from "./wall-screen";
import "./wall-display.css";

/** Re-checked every 30 s; only a change of state re-renders. */
function useWithinActiveHours(hours: ActiveHours | null): boolean {
  const [within, setWithin] = useState(() => withinActiveHours(hours, new Date()));
  useEffect(() => {
    const check = () => setWithin(withinActiveHours(hours, new Date()));
    check();
    const timer = setInterval(check, 30_000);
    return () => clearInterval(timer);
  }, [hours]);
  return within;
}

/**
 * /display?token=…&panels=…&interval=…&lang=…: the meeting-room wall screen. It starts by itself,
 * reads with its display token only, and never asks anyone to sign in.
 */
export function DisplayPage() {
  const [search] = useSearchParams();
  const params = useMemo(() => parseDisplayParams(search), [search]);
  const [client] = useState(createWallQueryClient);
  const t = translate(wallMessages, params.lang);
  const active = useWithinActiveHours(params.hours);
  // Here rather than in the screen: a blank screen outside its hours still reloads.
  useDailyReload(params.reloadAt);

  useEffect(() => {
    document.title = t("screenName");
    document.documentElement.lang = HTML_LANG[params.lang];
  }, [t, params.lang]);

  if (!params.token)
    return <ScreenMessage title={t("noTokenTitle")} body={t("noTokenBody")} tone="error" />;
  // Outside its hours the screen goes blank (and lets go of everything it held) until they return.
  if (!active)
    return (
      <div className="wd-blank" data-blank="true">
        <span className="visually-hidden">{t("screenName")}</span>
      </div>
    );
  return (
    <QueryClientProvider client={client}>
      <WallScreen params={{ ...params, token: params.token }} t={t} />
    </QueryClientProvider>
  );
}
