import { useRef } from "react";
import { formatDate } from "../../../domain/formats";
import { AsyncState } from "../../components/async-state";
import { FilterBar } from "../../components/filter-bar";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { useDashboardView } from "../../lib/use-dashboard-view";
import { MapProjectList } from "./components/map-project-list";
import { ProjectMap } from "./components/project-map";
import { useFillViewport } from "./hooks/use-fill-viewport";
import "./map-page.css";
import { mapMessages } from "./messages";

/** /map: the filtered projects on the district map, with a list beside it; all state in the URL. */
export function MapPage() {
  const t = useMessages(mapMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const { search, update, projects, results, shown } = useDashboardView();
  const colourBy = search.colour ?? "status";
  const bodyRef = useRef<HTMLDivElement>(null);
  const data = projects.data;
  useFillViewport(bodyRef, Boolean(data));
  const select = (id: string) => update({ sel: id });
  // On a phone the list is under the map: show the map, where the selection opens.
  const selectFromList = (id: string) => {
    select(id);
    const mapElement = bodyRef.current?.querySelector(".map-page__map");
    const box = mapElement?.getBoundingClientRect();
    if (mapElement && box && (box.top < 0 || box.bottom > window.innerHeight)) {
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mapElement.scrollIntoView({ block: "start", behavior: still ? "auto" : "smooth" });
    }
  };

  return (
    <div className="map-page">
      <header className="page-header map-page__header">
        <h1>{t("title")}</h1>
        {data && (
          <span className="page-header__meta">
            {common("dataAsOf", { date: formatDate(data.asOf, lang) })}
          </span>
        )}
        <fieldset className="map-page__colour">
          <legend>{t("colourBy")}</legend>
          {(["status", "score"] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className="chip"
              aria-pressed={colourBy === mode}
              onClick={() => update({ colour: mode === "status" ? undefined : mode })}
            >
              {t(mode === "status" ? "byStatus" : "byScore")}
            </button>
          ))}
        </fieldset>
      </header>
      {/* Filters and map appear together: a filter bar arriving above a drawn map would move it. */}
      <AsyncState query={projects}>
        {() => (
          <>
            <FilterBar projects={projects.data?.projects ?? []} shown={shown.length} />
            <div className="map-page__body" ref={bodyRef}>
              {/* The legend's heading (h3) sits under this one, as it does under a card's title elsewhere. */}
              <h2 className="visually-hidden">{t("mapHeading")}</h2>
              <ProjectMap
                projects={shown}
                results={results.data?.results}
                selectedId={search.sel}
                onSelect={select}
                colourBy={colourBy}
                className="map-page__map"
                variant="page"
              />
              <MapProjectList
                projects={shown}
                results={results.data?.results}
                selectedId={search.sel}
                onSelect={selectFromList}
                label={t("listLabel")}
              />
            </div>
          </>
        )}
      </AsyncState>
    </div>
  );
}
