/** A full-screen message in place of the panels: what happened and what to do. */
export function ScreenMessage({
  title,
  body,
  tone,
}: {
  title: string;
  body: string;
  tone: "error" | "wait";
}) {
  return (
    <main className={`wd-message wd-message--${tone}`} role={tone === "error" ? "alert" : "status"}>
      <h1 className="wd-message__title">{title}</h1>
      <p className="wd-message__body">{body}</p>
    </main>
  );
}
