import "leaflet/dist/leaflet.css";
import { Browser, geoJSON, type LatLngTuple, type PathOptions } from "leaflet";
import { useEffect, useRef, useState } from "react";
import {
  CircleMarker,
  GeoJSON,
  MapContainer,
  Polygon,
  Polyline,
  useMap,
  useMapEvents,
} from "react-leaflet";
import { outsideParts } from "../../../domain/district-boundary";
import type { PlaceKind } from "../../../domain/project-place";
import type { DistrictCollection } from "../../api/static-files";
import { useMessages } from "../../i18n/messages";
import { addVertex, type PlaceDraft, parseVertices, placeOf, verticesText } from "./fields";
import { projectFormMessages } from "./messages";
import { useDistrictArea } from "./use-district-area";

type Props = {
  value: PlaceDraft;
  onChange: (next: PlaceDraft) => void;
  /** The user keeps a place outside the boundary. */
  confirmOutside: boolean;
  onConfirmOutside: (confirmed: boolean) => void;
  /** The server's refusals about the place. */
  errors?: string[];
  idPrefix: string;
};

const kinds: { kind: PlaceKind; label: "kindPoint" | "kindLine" | "kindArea" }[] = [
  { kind: "Point", label: "kindPoint" },
  { kind: "LineString", label: "kindLine" },
  { kind: "Polygon", label: "kindArea" },
];
const jimoStyle: PathOptions = {
  color: "#0f3d6e",
  weight: 2,
  fillColor: "#fdfcf8",
  fillOpacity: 1,
};
const neighbourStyle: PathOptions = {
  color: "#a8a49a",
  weight: 1,
  fillColor: "#e6e3da",
  fillOpacity: 1,
};
const drawn: PathOptions = { color: "#c2410c", weight: 3, fillOpacity: 0.25 };

/** Frames Jimo once the basemap arrives, whatever the width of the map. */
function FitDistrict({ basemap }: { basemap: DistrictCollection }) {
  const map = useMap();
  useEffect(() => {
    const jimo = basemap.features.find((f) => f.properties.isJimo);
    if (jimo) map.fitBounds(geoJSON(jimo).getBounds(), { padding: [8, 8], animate: false });
  }, [map, basemap]);
  return null;
}

/** Brings a typed point into view when it falls off the map (e.g. outside the district). */
function ShowPoint({ lat, lng }: { lat: number; lng: number }) {
  const map = useMap();
  useEffect(() => {
    const bounds = map.getBounds();
    if (!bounds.contains([lat, lng]))
      map.fitBounds(bounds.extend([lat, lng]), { padding: [16, 16], animate: false });
  }, [map, lat, lng]);
  return null;
}

function ClickToAdd({ onAdd }: { onAdd: (lng: number, lat: number) => void }) {
  useMapEvents({ click: (e) => onAdd(e.latlng.lng, e.latlng.lat) });
  return null;
}

/**
 * Where a project is: click the offline basemap to place a point, or click corner by corner for
 * a line or an area; keyboard users type the coordinates instead. The marker point follows the
 * geometry, and a place outside Jimo's boundary is flagged at once and must be confirmed.
 */
export function PlacePicker({
  value,
  onChange,
  confirmOutside,
  onConfirmOutside,
  errors,
  idPrefix,
}: Props) {
  const t = useMessages(projectFormMessages);
  const { area, basemap } = useDistrictArea();
  // The text box keeps what is typed (even half a line); the vertices follow when it parses.
  const [text, setText] = useState(() => verticesText(value.vertices));
  const [textError, setTextError] = useState<string | null>(null);
  // Only a change from outside (a click, undo, clear) rewrites the box, not typing in it.
  const shown = useRef(text);
  useEffect(() => {
    const now = verticesText(value.vertices);
    if (now === shown.current) return;
    shown.current = now;
    setText(now);
    setTextError(null);
  }, [value.vertices]);

  const place = placeOf(value);
  const outside =
    area && place && Number.isFinite(place.location.lat) && Number.isFinite(place.location.lng)
      ? outsideParts(place, area)
      : [];
  const id = (part: string) => `${idPrefix}-${part}`;
  const latLngs = value.vertices.map(([lng, lat]) => [lat, lng] as LatLngTuple);
  const tooFew =
    value.kind !== "Point" && !place
      ? t("verticesTooFew", {
          kind: t(value.kind === "LineString" ? "kindLine" : "kindArea"),
          n: value.kind === "LineString" ? "2" : "3",
        })
      : null;

  // A point is no corner of a line or area: drawing starts afresh; a line and an area share
  // corners; back to a point, the marker point is where the point goes.
  const setKind = (kind: PlaceKind) => {
    if (kind === value.kind) return;
    if (kind === "Point") {
      const at = place?.location;
      onChange(
        at
          ? { kind, lat: String(at.lat), lng: String(at.lng), vertices: [[at.lng, at.lat]] }
          : { ...value, kind, vertices: [] },
      );
    } else onChange({ ...value, kind, vertices: value.kind === "Point" ? [] : value.vertices });
  };

  return (
    <fieldset className="place-picker project-form__wide" aria-describedby={id("map-hint")}>
      <legend>{t("placeTitle")}</legend>
      <div className="place-picker__kinds" role="radiogroup" aria-label={t("placeKind")}>
        <span className="place-picker__kinds-label" aria-hidden="true">
          {t("placeKind")}
        </span>
        {kinds.map(({ kind, label }) => (
          <label key={kind} className="place-picker__kind">
            <input
              type="radio"
              name={id("kind")}
              checked={value.kind === kind}
              onChange={() => setKind(kind)}
            />
            {t(label)}
          </label>
        ))}
      </div>
      <div className="place-picker__body">
        <section className="place-picker__map" aria-label={t("mapLabel")}>
          <MapContainer
            center={[36.45, 120.55]}
            zoom={9}
            minZoom={8}
            maxZoom={17}
            zoomSnap={0.25}
            scrollWheelZoom={false}
            attributionControl={false}
            doubleClickZoom={false}
            // On a phone the finger that scrolls the form must not be caught by the map.
            dragging={!Browser.mobile}
            className="place-picker__leaflet"
            // The picker is driven by the inputs beside it; the map itself is for the pointer.
            keyboard={false}
          >
            {basemap && <FitDistrict basemap={basemap} />}
            {basemap && (
              <GeoJSON
                data={basemap}
                interactive={false}
                style={(f) => (f?.properties.isJimo ? jimoStyle : neighbourStyle)}
              />
            )}
            <ClickToAdd onAdd={(lng, lat) => onChange(addVertex(value, [lng, lat]))} />
            {value.kind === "LineString" && latLngs.length >= 2 && (
              <Polyline positions={latLngs} pathOptions={drawn} interactive={false} />
            )}
            {value.kind === "Polygon" && latLngs.length >= 3 && (
              <Polygon positions={latLngs} pathOptions={drawn} interactive={false} />
            )}
            {value.kind !== "Point" &&
              latLngs.map((p, i) => (
                <CircleMarker
                  // biome-ignore lint/suspicious/noArrayIndexKey: vertices are ordered and may repeat
                  key={i}
                  center={p}
                  radius={4}
                  pathOptions={{ ...drawn, fillOpacity: 1 }}
                  interactive={false}
                />
              ))}
            {place &&
              Number.isFinite(place.location.lat) &&
              Number.isFinite(place.location.lng) && (
                <ShowPoint lat={place.location.lat} lng={place.location.lng} />
              )}
            {place &&
              Number.isFinite(place.location.lat) &&
              Number.isFinite(place.location.lng) && (
                <CircleMarker
                  center={[place.location.lat, place.location.lng]}
                  radius={8}
                  pathOptions={{ color: "#fff", weight: 2, fillColor: "#0f3d6e", fillOpacity: 1 }}
                  interactive={false}
                />
              )}
          </MapContainer>
        </section>
        <div className="place-picker__inputs">
          <p className="place-picker__hint" id={id("map-hint")}>
            {t("mapHint")}
          </p>
          {value.kind === "Point" ? (
            <div className="place-picker__point">
              {(["lat", "lng"] as const).map((k) => (
                <div className="field" key={k}>
                  <label htmlFor={id(k)}>{t(k)}</label>
                  <input
                    id={id(k)}
                    className="input"
                    type="number"
                    step="0.000001"
                    inputMode="decimal"
                    value={value[k]}
                    aria-invalid={Boolean(errors?.length) || outside.length > 0}
                    aria-describedby={id("point-hint")}
                    onChange={(e) => {
                      const next = { ...value, [k]: e.target.value };
                      const lat = Number(next.lat);
                      const lng = Number(next.lng);
                      onChange({
                        ...next,
                        vertices:
                          next.lat.trim() && next.lng.trim() && Number.isFinite(lat + lng)
                            ? [[lng, lat]]
                            : [],
                      });
                    }}
                  />
                </div>
              ))}
              <p className="place-picker__hint" id={id("point-hint")}>
                {t("pointHint")}
              </p>
            </div>
          ) : (
            <div className="field">
              <label htmlFor={id("vertices")}>{t("vertices")}</label>
              <textarea
                id={id("vertices")}
                className="input place-picker__vertices"
                rows={4}
                value={text}
                aria-invalid={Boolean(textError)}
                aria-describedby={id("vertices-hint")}
                onChange={(e) => {
                  setText(e.target.value);
                  const parsed = parseVertices(e.target.value);
                  if (Array.isArray(parsed)) {
                    shown.current = verticesText(parsed);
                    setTextError(null);
                    onChange({ ...value, vertices: parsed });
                  } else setTextError(t("verticesBad", { line: String(parsed.badLine) }));
                }}
              />
              <p className="place-picker__hint" id={id("vertices-hint")}>
                {textError ?? tooFew ?? t("verticesHint")}
              </p>
              <div className="place-picker__buttons">
                <button
                  type="button"
                  className="button button--small button--ghost"
                  disabled={value.vertices.length === 0}
                  onClick={() => onChange({ ...value, vertices: value.vertices.slice(0, -1) })}
                >
                  {t("undoVertex")}
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  disabled={value.vertices.length === 0}
                  onClick={() => onChange({ ...value, vertices: [] })}
                >
                  {t("clearVertices")}
                </button>
              </div>
              {place && (
                <p className="place-picker__hint" aria-live="polite">
                  {t("representative", {
                    lat: String(place.location.lat),
                    lng: String(place.location.lng),
                  })}
                </p>
              )}
            </div>
          )}
          {outside.length > 0 && (
            <div className="place-picker__outside" role="alert">
              <p>{t("outsideWarning")}</p>
              <label>
                <input
                  type="checkbox"
                  checked={confirmOutside}
                  onChange={(e) => onConfirmOutside(e.target.checked)}
                />
                {t("confirmOutside")}
              </label>
            </div>
          )}
          {errors?.length ? (
            <ul className="project-form__errors">
              {errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
