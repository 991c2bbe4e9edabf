/** Short bilingual notes for the ten-day reports (旬报). */
import type { Period } from "./dates";
import { MILESTONES, type MilestoneKey } from "./milestone-kinds";
import type { Kind } from "./project-catalogue";

type Text = [zh: string, en: string];

const BEFORE_FIRST: Record<Kind, Text> = {
  factory: ["前期手续办理", "Pre-construction approvals"],
  metro: ["前期工作及管线迁改", "Preparatory works and utility relocation"],
  renewal: ["征收前期准备", "Preparing the expropriation"],
};

/** What the site is doing once a milestone has been reached (until the next one). */
const AFTER: Record<MilestoneKey, Text> = {
  land: ["土地已摘牌，办理规划及施工许可", "Land secured; planning and permit applications"],
  permit: ["场地平整，准备主体开工", "Site levelling before the main works"],
  main_start: ["主体结构施工", "Superstructure works"],
  topping: ["主体封顶，二次结构及外立面施工", "Topped out; secondary structure and façade"],
  equipment: ["设备安装调试", "Equipment installation and commissioning"],
  completion: ["竣工验收完成，试生产准备", "Completion accepted; preparing trial production"],
  production: ["已投产，配套设施完善", "In production; finishing ancillary works"],
  completion_production: ["已投产，配套设施完善", "In production; finishing ancillary works"],
  design_approval: ["车站围护结构及管线迁改", "Station retaining walls and utility relocation"],
  station_start: ["车站主体结构施工", "Station structures under construction"],
  tbm_launch: ["盾构区间掘进，车站主体施工", "Tunnel boring and station structures"],
  breakthrough: [
    "区间洞通，车站附属结构施工",
    "Tunnels through; station entrances and ancillaries",
  ],
  track: ["轨道铺设及机电安装", "Track laying and electrical and mechanical works"],
  opening: ["开通试运营", "In trial operation"],
  scheme: ["房屋征收签约推进中", "Expropriation agreements being signed"],
  resettlement_start: [
    "安置房主体施工，征收签约推进中",
    "Resettlement housing under construction; agreements being signed",
  ],
  signing: ["征收签约完成，旧房拆除", "Agreements signed; demolition under way"],
  demolition: ["旧房拆除完成，安置房施工", "Demolition finished; resettlement housing works"],
  resettlement_topping: [
    "安置房封顶，配套工程施工",
    "Resettlement housing topped out; ancillary works",
  ],
  handover: ["回迁交付", "Homes handed over"],
};

/** Season and holiday remarks by period (春节 2022 = 1 Feb, 春节 2023 = 22 Jan). */
const SEASON: Record<string, Text> = {
  "2022-01-3": ["春节临近，工人陆续返乡", "Spring Festival approaching, workers leaving"],
  "2022-02-1": ["春节假期，现场基本停工", "Spring Festival break, site largely idle"],
  "2022-02-2": ["节后复工，人员陆续返岗", "restarting after the holiday, workers returning"],
  "2022-12-3": ["受寒潮及人员减员影响，施工强度下降", "cold snap and staff absences slowed work"],
  "2023-01-1": ["受寒潮及人员减员影响，施工强度下降", "cold snap and staff absences slowed work"],
  "2023-01-2": ["春节临近，工人陆续返乡", "Spring Festival approaching, workers leaving"],
  "2023-01-3": ["春节假期，现场基本停工", "Spring Festival break, site largely idle"],
  "2023-02-1": ["节后复工，人员陆续返岗", "restarting after the holiday, workers returning"],
};

function seasonText(p: Period, works: NoteInput["works"]): Text | null {
  const special = SEASON[p.id];
  if (special) return special;
  if (works !== "under_way") return null;
  if (p.month === 12 || p.month === 1 || p.month === 2)
    return ["冬季施工，落实防冻保温措施", "winter works with frost protection"];
  if (p.month === 7 || p.month === 8)
    return ["雨季施工，加强防汛排水", "rainy season, flood and drainage precautions"];
  return null;
}

function paceText(ratio: number): Text {
  if (ratio >= 1.06) return ["投资完成快于计划", "investment ahead of plan"];
  if (ratio < 0.75)
    return ["投资完成严重滞后，已列入督办", "investment well behind plan, under supervision"];
  if (ratio < 0.92)
    return ["投资完成滞后于计划，正加快推进", "investment behind plan, catching up"];
  return ["按计划推进", "on plan"];
}

export type NoteInput = {
  kind: Kind;
  period: Period;
  /** Whether site works have started or finished by the end of the period. */
  works: "not_started" | "under_way" | "finished";
  /** Milestones reached by the end of the period, in schedule order. */
  reached: MilestoneKey[];
  /** Milestones reached within this period. */
  reachedNow: MilestoneKey[];
  /** A problem first raised in this period. */
  newProblem: Text | null;
  /** A bulk payment (equipment, land) fell in this period. */
  bulkPayment: boolean;
  /** Cumulative actual ÷ planned at the period's end. */
  ratio: number;
};

export function reportNote(input: NoteInput): { note: string; noteEn: string } {
  const last = input.reached[input.reached.length - 1];
  const [phase, phaseEn] = last ? AFTER[last] : BEFORE_FIRST[input.kind];
  let extra: Text;
  const now = input.reachedNow[input.reachedNow.length - 1];
  if (now) extra = [`完成节点：${MILESTONES[now].zh}`, `milestone reached: ${MILESTONES[now].en}`];
  else if (input.newProblem)
    extra = [`新发现问题：${input.newProblem[0]}`, `new issue: ${input.newProblem[1]}`];
  else if (input.bulkPayment)
    extra = ["大额设备及工程款集中支付", "large equipment and works payments made"];
  else extra = seasonText(input.period, input.works) ?? paceText(input.ratio);
  return { note: `${phase}；${extra[0]}`, noteEn: `${phaseEn}; ${extra[1]}` };
}
