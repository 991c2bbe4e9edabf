import { z } from "zod";

/** Online basemaps a deployment may allow besides the offline one (all off by default). */
export const onlineTileLayerSchema = z.enum(["osm", "amap", "tianditu"]);
export type OnlineTileLayer = z.infer<typeof onlineTileLayerSchema>;

/** Deployment settings the browser needs to know (GET /api/settings). */
export const siteSettingsSchema = z.object({
  /** Demo mode: demo accounts exist and every screen says so. */
  demo: z.boolean(),
  /** Whether visitors who are not signed in may read the dashboard. */
  anonymousRead: z.boolean(),
  onlineTileLayers: z.array(onlineTileLayerSchema),
  /** 天地图's browser key, when 天地图 is allowed. */
  tiandituKey: z.string().optional(),
  /**
   * The address people reach the app at (PUBLIC_URL), e.g. "http://192.168.1.20:8080"; personal
   * links, QR cards and wall links are built on it. null = not set.
   */
  publicUrl: z.string().nullable(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
