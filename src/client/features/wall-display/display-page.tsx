import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "wouter";
import { translate } from "../../i18n/messages";
import { createWallQueryClient } from "./display-data";
import { parseDisplayParams } from "./display-params";
import { wallMessages } from "./messages";
import { ScreenMessage } from "./screen-message";
import { WallScreen } from "./wall-screen";
import "./wall-display.css";

/**
 * /display?token=…&panels=…&interval=…&lang=…: the meeting-room wall screen. It starts by itself,
 * reads with its display token only, and never asks anyone to sign in.
 */
export function DisplayPage() {
  const [search] = useSearchParams();
  const params = useMemo(() => parseDisplayParams(search), [search]);
  const [client] = useState(createWallQueryClient);
  const t = translate(wallMessages, params.lang);

  useEffect(() => {
    document.title = t("screenName");
    document.documentElement.lang = params.lang === "zh" ? "zh-CN" : "en";
  }, [t, params.lang]);

  if (!params.token)
    return <ScreenMessage title={t("noTokenTitle")} body={t("noTokenBody")} tone="error" />;
  return (
    <QueryClientProvider client={client}>
      <WallScreen params={{ ...params, token: params.token }} t={t} />
    </QueryClientProvider>
  );
}
