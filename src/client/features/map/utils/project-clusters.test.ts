import { describe, expect, it } from "vitest";
import { buildClusterIndex, type ClusterInput, ringGradient } from "./project-clusters";

/** A city's worth of projects spread over Jimo's box, in a fixed pseudo-random pattern. */
function projects(count: number): ClusterInput[] {
  const lights = ["green", "yellow", "red"] as const;
  return Array.from({ length: count }, (_, k) => ({
    id: `p${k}`,
    position: { lat: 36.2 + ((k * 7919) % 1000) / 2000, lng: 120.3 + ((k * 104729) % 1000) / 1700 },
    status: lights[k % 3],
    place: `street${k % 4}`,
    colour: k % 3,
  }));
}
const jimo: [number, number, number, number] = [120.2, 36.1, 121.0, 36.8];

describe("project clusters", () => {
  it("show a bounded number of elements for thousands of projects, each project counted once", () => {
    const index = buildClusterIndex(projects(5000));
    const { clusters, projectIds } = index.itemsIn(jimo, 10);
    expect(clusters.length + projectIds.length).toBeLessThan(300);
    const counted = clusters.reduce((sum, c) => sum + c.count, 0) + projectIds.length;
    expect(counted).toBe(5000);
    const lights = clusters.reduce(
      (sum, c) => sum + c.tally.red + c.tally.yellow + c.tally.green,
      0,
    );
    expect(lights + projectIds.length).toBe(5000);
  });

  it("fall apart into single projects at the map's last zoom levels", () => {
    const index = buildClusterIndex(projects(50));
    const { clusters, projectIds } = index.itemsIn(jimo, 17);
    expect(clusters).toHaveLength(0);
    expect(projectIds).toHaveLength(50);
  });

  it("name a cluster by a place and say whether its projects lie in more than one", () => {
    const index = buildClusterIndex(projects(400));
    const [cluster] = index.itemsIn(jimo, 8).clusters;
    expect(cluster.tally.place).toMatch(/^street/);
    expect(cluster.tally.mixed).toBe(true);
    expect(index.expansionZoom(cluster.clusterId)).toBeGreaterThan(8);
    const alone = buildClusterIndex(projects(40).map((p) => ({ ...p, place: "潮海街道" }))).itemsIn(
      jimo,
      8,
    ).clusters[0];
    expect(alone.tally).toMatchObject({ place: "潮海街道", mixed: false });
  });

  it("ring the cluster with its projects' colours in the legend's order", () => {
    const tally = { red: 1, yellow: 0, green: 3, place: "", mixed: false, c0: 1, c1: 0, c2: 3 };
    expect(ringGradient(tally, ["#red", "#yellow", "#green"])).toBe(
      "conic-gradient(#red 0.00% 25.00%, #green 25.00% 100.00%)",
    );
  });
});
