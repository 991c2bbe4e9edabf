import type { LatLngLiteral } from "leaflet";
import Supercluster from "supercluster";
import type { StatusLight } from "../../../../domain/status-rules";

/**
 * Above this many projects a map draws clusters and a canvas instead of one labelled marker per
 * project: the district's 18 look as they always did, a city's thousands stay quick.
 */
export const manyProjects = 200;

/** What a cluster needs to know about each project in it. */
export type ClusterInput = {
  id: string;
  position: LatLngLiteral;
  status: StatusLight;
  /** Its street / town, in the reader's language: names the cluster. */
  place: string;
  /** Which of the legend's colours its marker has (status light or score class, < 8). */
  colour: number;
};

type PointProps = { id: string };
/**
 * Counts merged up the cluster tree (supercluster's map / reduce), flat numbers only: the merge
 * runs tens of thousands of times while the index is built.
 */
export type ClusterTally = {
  red: number;
  yellow: number;
  green: number;
  /** One of its projects' places, and whether any other project lies elsewhere. */
  place: string;
  mixed: boolean;
  /** Projects per legend colour: c0 … c7. */
  [colour: `c${number}`]: number;
};

export type ClusterView = {
  key: string;
  clusterId: number;
  position: LatLngLiteral;
  count: number;
  tally: ClusterTally;
};
export type MapItems = { clusters: ClusterView[]; projectIds: string[] };

const colourSlots = 8;

/**
 * Projects grouped by nearness on screen at each zoom. Built once per list (tens of ms for
 * thousands), then asked per view: only what lies in the view comes back.
 */
export function buildClusterIndex(items: readonly ClusterInput[], radius = 132) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const index = new Supercluster<PointProps, ClusterTally>({
    // In 512-px tile units: about 66 screen pixels on the map's 256-px tiles, a little more than
    // the largest disc, so discs do not overlap even between whole zoom levels.
    radius,
    // The map never zooms out further than 8; at its last zoom levels every project stands alone.
    minZoom: 8,
    maxZoom: 15,
    map: (props) => {
      const item = byId.get(props.id);
      const tally: ClusterTally = { red: 0, yellow: 0, green: 0, place: "", mixed: false };
      for (let c = 0; c < colourSlots; c++) tally[`c${c}`] = 0;
      if (!item) return tally;
      tally[item.status] = 1;
      tally.place = item.place;
      tally[`c${item.colour % colourSlots}`] = 1;
      return tally;
    },
    reduce: (into, from) => {
      into.red += from.red;
      into.yellow += from.yellow;
      into.green += from.green;
      if (from.mixed || from.place !== into.place) into.mixed = true;
      for (let c = 0; c < colourSlots; c++) into[`c${c}`] += from[`c${c}`];
    },
  });
  index.load(
    items.map((i) => ({
      type: "Feature" as const,
      properties: { id: i.id },
      geometry: { type: "Point" as const, coordinates: [i.position.lng, i.position.lat] },
    })),
  );

  return {
    /** Clusters and lone projects inside the box [west, south, east, north] at this zoom. */
    itemsIn(box: [number, number, number, number], zoom: number): MapItems {
      const clusters: ClusterView[] = [];
      const projectIds: string[] = [];
      for (const feature of index.getClusters(box, Math.floor(zoom))) {
        const [lng, lat] = feature.geometry.coordinates;
        const props = feature.properties;
        if ("cluster" in props && props.cluster) {
          clusters.push({
            key: `c${props.cluster_id}`,
            clusterId: props.cluster_id,
            position: { lat, lng },
            count: props.point_count,
            tally: props,
          });
        } else projectIds.push((props as PointProps).id);
      }
      return { clusters, projectIds };
    },
    /** The zoom at which a cluster falls apart into smaller ones or single projects. */
    expansionZoom(clusterId: number): number {
      return index.getClusterExpansionZoom(clusterId);
    },
  };
}
export type ClusterIndex = ReturnType<typeof buildClusterIndex>;

/** The cluster's ring: a conic gradient of its projects' colours, in the legend's order. */
export function ringGradient(tally: ClusterTally, colours: readonly string[]): string {
  const counts = colours.map((_, c) => tally[`c${c}`] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  let at = 0;
  const stops = colours.flatMap((colour, c) => {
    if (!counts[c]) return [];
    const from = at;
    at += (counts[c] / total) * 100;
    return [`${colour} ${from.toFixed(2)}% ${at.toFixed(2)}%`];
  });
  return `conic-gradient(${stops.join(", ")})`;
}
