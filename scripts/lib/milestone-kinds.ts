/** Milestone kinds (节点) with names and their default place in a project's schedule. */

export const MILESTONES = {
  // manufacturing
  land: { zh: "土地摘牌", en: "Land parcel acquired", at: 0 },
  permit: { zh: "施工许可", en: "Construction permit issued", at: 0.08 },
  main_start: { zh: "主体开工", en: "Main works started", at: 0.14 },
  topping: { zh: "主体封顶", en: "Structure topped out", at: 0.5 },
  equipment: { zh: "设备进场安装", en: "Equipment installation started", at: 0.72 },
  completion: { zh: "竣工验收", en: "Completion acceptance", at: 0.92 },
  production: { zh: "投产", en: "Production started", at: 1 },
  completion_production: { zh: "竣工投产", en: "Completed and in production", at: 1 },
  // metro line
  design_approval: { zh: "初步设计批复", en: "Preliminary design approved", at: 0 },
  station_start: { zh: "车站主体开工", en: "Station works started", at: 0.06 },
  tbm_launch: { zh: "盾构始发", en: "Tunnel boring started", at: 0.3 },
  breakthrough: { zh: "区间洞通", en: "Tunnels broken through", at: 0.6 },
  track: { zh: "轨道铺通", en: "Track laid", at: 0.8 },
  opening: { zh: "开通试运营", en: "Trial operation opened", at: 1 },
  // urban renewal
  scheme: { zh: "征收方案批复", en: "Expropriation scheme approved", at: 0 },
  resettlement_start: { zh: "安置房开工", en: "Resettlement housing started", at: 0.15 },
  signing: { zh: "征收签约完成", en: "Expropriation agreements signed", at: 0.35 },
  demolition: { zh: "旧房拆除完成", en: "Old buildings demolished", at: 0.42 },
  resettlement_topping: { zh: "安置房主体封顶", en: "Resettlement housing topped out", at: 0.5 },
  handover: { zh: "回迁交付", en: "Homes handed over to returning residents", at: 1 },
} as const;
export type MilestoneKey = keyof typeof MILESTONES;

/** Milestones whose completion means work on site has begun / finished / production runs. */
export const STARTS_WORKS: MilestoneKey[] = ["main_start", "station_start", "resettlement_start"];
export const ENDS_WORKS: MilestoneKey[] = [
  "completion",
  "completion_production",
  "opening",
  "handover",
];
export const STARTS_PRODUCTION: MilestoneKey[] = [
  "production",
  "completion_production",
  "opening",
  "handover",
];
