import { defineMessages, useMessages } from "../i18n/messages";
import "./loopback-warning.css";

const messages = defineMessages({
  zh: {
    title: "这些链接只能在本机打开",
    body: "本页是用 {origin} 打开的，这个地址只在服务器这台电脑上有效：手机扫码、别的电脑或大屏打开都会失败。",
    fix: "请管理员设置 PUBLIC_URL（大家访问本系统的地址，例如 http://192.168.1.20:8080）后重启；或者用局域网地址打开本页后再生成、打印。",
  },
  en: {
    title: "These links open only on this computer",
    body: "This page was opened at {origin}, an address that works only on the server itself: phones scanning a code, other computers and wall screens cannot open it.",
    fix: "Ask the administrator to set PUBLIC_URL (the address people reach the app at, e.g. http://192.168.1.20:8080) and restart; or open this page at its network address before making or printing links.",
  },
});

/**
 * Shown wherever links are handed out while they point at a loopback address; in large print,
 * and on paper too, so nobody hands out cards that open nowhere.
 */
export function LoopbackWarning({ origin }: { origin: string }) {
  const t = useMessages(messages);
  return (
    <div className="loopback-warning" role="alert">
      <p className="loopback-warning__title">⚠ {t("title")}</p>
      <p>{t("body", { origin })}</p>
      <p>{t("fix")}</p>
    </div>
  );
}
