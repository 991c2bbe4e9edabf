/** Streets/towns of Jimo District and district units used in the illustrative data. */

export type Named = { zh: string; en: string };

export const STREETS = {
  tongji: { zh: "通济街道", en: "Tongji Sub-district" },
  huanxiu: { zh: "环秀街道", en: "Huanxiu Sub-district" },
  chaohai: { zh: "潮海街道", en: "Chaohai Sub-district" },
  beian: { zh: "北安街道", en: "Bei'an Sub-district" },
  longshan: { zh: "龙山街道", en: "Longshan Sub-district" },
  longquan: { zh: "龙泉街道", en: "Longquan Sub-district" },
  aoshanwei: { zh: "鳌山卫街道", en: "Aoshanwei Sub-district" },
  wenquan: { zh: "温泉街道", en: "Wenquan Sub-district" },
  lancun: { zh: "蓝村街道", en: "Lancun Sub-district" },
  daxin: { zh: "大信街道", en: "Daxin Sub-district" },
  lingshan: { zh: "灵山街道", en: "Lingshan Sub-district" },
  duanbolan: { zh: "段泊岚镇", en: "Duanbolan Town" },
  yifengdian: { zh: "移风店镇", en: "Yifengdian Town" },
  jinkou: { zh: "金口镇", en: "Jinkou Town" },
  tianheng: { zh: "田横镇", en: "Tianheng Town" },
} satisfies Record<string, Named>;
export type StreetKey = keyof typeof STREETS;

export const UNITS = {
  drc: { zh: "区发展和改革局", en: "District Development and Reform Bureau" },
  iit: { zh: "区工业和信息化局", en: "District Bureau of Industry and Information Technology" },
  housing: { zh: "区住房和城乡建设局", en: "District Housing and Urban-Rural Development Bureau" },
  commerce: { zh: "区商务局", en: "District Commerce Bureau" },
  science: { zh: "区科学技术局", en: "District Science and Technology Bureau" },
  transport: { zh: "区交通运输局", en: "District Transport Bureau" },
  blueValley: { zh: "青岛蓝谷管理局", en: "Qingdao Blue Valley Administration" },
  landRes: { zh: "区自然资源局", en: "District Natural Resources Bureau" },
  approval: { zh: "区行政审批服务局", en: "District Administrative Approval Services Bureau" },
  finance: { zh: "区财政局", en: "District Finance Bureau" },
  ecology: {
    zh: "青岛市生态环境局即墨分局",
    en: "Jimo Branch, Qingdao Ecology and Environment Bureau",
  },
  urbanMgmt: { zh: "区城市管理局", en: "District Urban Management Bureau" },
  hr: { zh: "区人力资源和社会保障局", en: "District Human Resources and Social Security Bureau" },
  ocean: { zh: "区海洋发展局", en: "District Ocean Development Bureau" },
  power: { zh: "区供电公司", en: "District power-supply company" },
  trafficPolice: { zh: "公安即墨分局交警大队", en: "Jimo Traffic Police Brigade" },
  chaohaiOffice: { zh: "潮海街道办事处", en: "Chaohai Sub-district Office" },
  tongjiOffice: { zh: "通济街道办事处", en: "Tongji Sub-district Office" },
  lancunOffice: { zh: "蓝村街道办事处", en: "Lancun Sub-district Office" },
  duanbolanGov: { zh: "段泊岚镇人民政府", en: "Duanbolan Town Government" },
  tianhengGov: { zh: "田横镇人民政府", en: "Tianheng Town Government" },
} satisfies Record<string, Named>;
export type UnitKey = keyof typeof UNITS;

/** A street's or town's own office: its projects stay in that street. */
export const isStreetOffice = (unit: UnitKey) => unit.endsWith("Office") || unit.endsWith("Gov");
