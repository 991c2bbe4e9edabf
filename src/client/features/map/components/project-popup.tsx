import type { LatLngLiteral, Popup as LeafletPopup } from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { Popup } from "react-leaflet";
import { Link, useSearch } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { formatProgress, formatScore, formatYi } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { describeStatus } from "../../../../domain/status-reason";
import { StatusBadge } from "../../../components/status-badge";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { mapMessages } from "../messages";

type Props = {
  project: ProjectSummary;
  result?: ProjectResult;
  position: LatLngLiteral;
  /** Half the marker's height: the popup's tip sits on the disc's top edge. */
  markerRadius: number;
  /** The map's width in pixels: the popup never grows wider than the map. */
  mapWidth: number;
  /** Opened from the keyboard: move focus into the popup so its link is the next Tab stop. */
  takeFocus: boolean;
  onClose: (returnFocus: boolean) => void;
};

/** Leaflet renders a popup's content only once it is open: focus is taken when the heading mounts. */
function PopupHeading({ takeFocus, children }: { takeFocus: boolean; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening, not on later renders
  useEffect(() => {
    // preventScroll: the map container hides overflow, and scrolling it would shift every layer.
    if (takeFocus) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h3 ref={ref} tabIndex={-1} className="pm-popup__title">
      {children}
    </h3>
  );
}

/** The selected project's facts, the reason for its light, and a link to its detail page. */
export function ProjectPopup({
  project,
  result,
  position,
  markerRadius,
  mapWidth,
  takeFocus,
  onClose,
}: Props) {
  const lang = useLang();
  const categories = useCategoryBook();
  const t = useMessages(mapMessages);
  const search = useSearch();
  const name = localized(project, "name", lang);
  // react-leaflet reopens a popup whose `position` prop changes (and we read that as "closed"):
  // mount at the first position and move the open popup along with its marker instead.
  const popupRef = useRef<LeafletPopup>(null);
  const [initialPosition] = useState(position);
  useEffect(() => {
    popupRef.current?.setLatLng(position);
  }, [position]);

  const eventHandlers = useMemo(() => ({ remove: () => onClose(false) }), [onClose]);
  const rankText =
    result?.rank == null
      ? null
      : t(result.tiedWith.length ? "rankTied" : "rank", { rank: result.rank });

  return (
    <Popup
      ref={popupRef}
      position={initialPosition}
      offset={[0, 7 - markerRadius]}
      closeButton={false}
      // Clear of the zoom buttons and the "approximate" tag at the top; as wide as a phone allows.
      autoPanPaddingTopLeft={[10, 84]}
      autoPanPaddingBottomRight={[10, 10]}
      minWidth={Math.min(240, mapWidth - 60)}
      maxWidth={Math.min(320, mapWidth - 60)}
      className="pm-popup"
      eventHandlers={eventHandlers}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the popup from anywhere inside it */}
      <div
        className="pm-popup__body"
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            onClose(true);
          }
        }}
      >
        <PopupHeading takeFocus={takeFocus}>{name}</PopupHeading>
        <p className="pm-popup__meta">
          {categories.name(project.category, lang)} · {localized(project, "street", lang)}
        </p>
        <dl className="pm-popup__facts">
          <div className="pm-popup__status">
            <dt>{t("status")}</dt>
            <dd>
              <StatusBadge light={project.status} explanation={project.statusExplanation} />
              <span className="pm-popup__reason">
                {describeStatus(project.statusExplanation, lang)}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t("investment")}</dt>
            <dd className="num">{formatYi(project.totalInvestment, lang)}</dd>
          </div>
          <div>
            <dt>{t("progress")}</dt>
            <dd className="num">{formatProgress(project.progress, lang)}</dd>
          </div>
          <div>
            <dt>{t("score")}</dt>
            <dd className="num">
              {result?.score == null ? t("noScore") : formatScore(result.score)}
              {rankText && <span className="pm-popup__rank"> · {rankText}</span>}
            </dd>
          </div>
        </dl>
        <div className="pm-popup__actions">
          <Link
            href={`/projects/${project.id}${search ? `?${search}` : ""}`}
            className="button button--small"
          >
            {t("details")}
            <span aria-hidden="true">→</span>
          </Link>
          <button
            type="button"
            className="button button--small button--ghost"
            aria-label={t("closeLabel", { name })}
            onClick={() => onClose(true)}
          >
            {t("close")}
          </button>
        </div>
      </div>
    </Popup>
  );
}
