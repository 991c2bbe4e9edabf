import { halfWidth } from "./sheet-input";

/**
 * Jimo District's sub-districts (街道) and towns (镇), with a point near each one's centre. A project
 * known only by its street is placed there, flagged approximate, until someone places it on the map.
 */
export type Street = { name: string; nameEn: string; centre: { lat: number; lng: number } };

export const streets: readonly Street[] = [
  { name: "通济街道", nameEn: "Tongji Sub-district", centre: { lat: 36.39, lng: 120.45 } },
  { name: "环秀街道", nameEn: "Huanxiu Sub-district", centre: { lat: 36.41, lng: 120.46 } },
  { name: "潮海街道", nameEn: "Chaohai Sub-district", centre: { lat: 36.38, lng: 120.49 } },
  { name: "北安街道", nameEn: "Bei'an Sub-district", centre: { lat: 36.43, lng: 120.41 } },
  { name: "龙山街道", nameEn: "Longshan Sub-district", centre: { lat: 36.46, lng: 120.48 } },
  { name: "龙泉街道", nameEn: "Longquan Sub-district", centre: { lat: 36.37, lng: 120.4 } },
  { name: "鳌山卫街道", nameEn: "Aoshanwei Sub-district", centre: { lat: 36.38, lng: 120.65 } },
  { name: "温泉街道", nameEn: "Wenquan Sub-district", centre: { lat: 36.43, lng: 120.6 } },
  { name: "蓝村街道", nameEn: "Lancun Sub-district", centre: { lat: 36.41, lng: 120.23 } },
  { name: "大信街道", nameEn: "Daxin Sub-district", centre: { lat: 36.36, lng: 120.34 } },
  { name: "灵山镇", nameEn: "Lingshan Town", centre: { lat: 36.49, lng: 120.53 } },
  { name: "段泊岚镇", nameEn: "Duanbolan Town", centre: { lat: 36.51, lng: 120.31 } },
  { name: "移风店镇", nameEn: "Yifengdian Town", centre: { lat: 36.53, lng: 120.21 } },
  { name: "田横镇", nameEn: "Tianheng Town", centre: { lat: 36.47, lng: 120.89 } },
  { name: "金口镇", nameEn: "Jinkou Town", centre: { lat: 36.54, lng: 120.74 } },
];

const fold = (s: string) => halfWidth(s).replace(/\s+/g, "").toLowerCase();

/** The street a sheet names, by its Chinese or English name; "潮海" finds 潮海街道 too. */
export function findStreet(typed: string): Street | undefined {
  const key = fold(typed);
  if (!key) return undefined;
  return (
    streets.find((s) => fold(s.name) === key || fold(s.nameEn) === key) ??
    streets.find((s) => s.name.replace(/(街道|镇)$/, "") === key)
  );
}
