import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Lang } from "../../../domain/i18n";
import type { Translate } from "../../i18n/messages";
import type { PanelId } from "./display-params";
import { clockTime, fetchedTime, useNow } from "./hooks/use-now";
import type { wallMessages } from "./messages";

type T = Translate<typeof wallMessages.zh>;

function Clock() {
  const now = useNow();
  return <time className="wd-head__clock num">{clockTime(now)}</time>;
}

function FetchedAt({ at, t }: { at: number; t: T }) {
  const now = useNow();
  return <span className="wd-head__asof">{t("dataAsOf", { time: fetchedTime(at, now) })}</span>;
}

type FrameProps = {
  id: PanelId;
  active: boolean;
  title: string;
  /** When the panel's data was fetched (ms); 0 before the first answer. */
  fetchedAt: number;
  /** A second line under the title (event, report date). */
  subtitle?: ReactNode;
  badge: ReactNode;
  t: T;
  lang: Lang;
  children: ReactNode;
};

/**
 * Every panel stays mounted (so nothing is rebuilt per rotation); the inactive ones are invisible
 * and hidden from screen readers. The header: title, clock, and when the data was true.
 */
export function PanelFrame({
  id,
  active,
  title,
  fetchedAt,
  subtitle,
  badge,
  t,
  children,
}: FrameProps) {
  return (
    <section
      className={`wd-panel wd-panel--${id}${active ? " is-active" : ""}`}
      aria-hidden={!active}
      aria-labelledby={`wd-title-${id}`}
      data-panel={id}
    >
      <header className="wd-head">
        <div className="wd-head__titles">
          <h2 id={`wd-title-${id}`} className="wd-head__title">
            {title}
          </h2>
          {/* There before the data it names, so that the body does not move down when it comes. */}
          <p className="wd-head__sub">{subtitle}</p>
        </div>
        <div className="wd-head__meta">
          {badge}
          {fetchedAt > 0 && <FetchedAt at={fetchedAt} t={t} />}
          <Clock />
        </div>
      </header>
      <div className="wd-panel__body">{children}</div>
    </section>
  );
}

type BoundaryProps = {
  panel: PanelId;
  onError: (panel: PanelId, error: Error) => void;
  /** A new value gives a failed panel another try (without remounting a healthy one). */
  retryKey: number;
  children: ReactNode;
};

/** A panel that throws is reported and skipped; the rest of the screen goes on. */
export class PanelBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: Error, _info: ErrorInfo) {
    this.props.onError(this.props.panel, error);
  }
  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.retryKey !== this.props.retryKey)
      this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
