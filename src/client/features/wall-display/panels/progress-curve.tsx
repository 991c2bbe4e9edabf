import { periodLabel } from "../../../../domain/formats";
import type { Lang } from "../../../../domain/i18n";

type Report = { period: string; cumulativeInvestment: number; plannedCumulativeInvestment: number };
type Props = {
  reports: Report[];
  lang: Lang;
  labels: { actual: string; plan: string; caption: string };
};

const W = 1000;
const H = 420;
const pad = { l: 20, r: 20, t: 20, b: 50 };

/**
 * Cumulative investment, actual against plan, as an SVG in a fixed coordinate space that the
 * browser scales as vectors: sharp at any size and pixel ratio. Text is HTML around it.
 */
export function ProgressCurve({ reports, lang, labels }: Props) {
  if (reports.length < 2) return null;
  const max = Math.max(
    ...reports.flatMap((r) => [r.cumulativeInvestment, r.plannedCumulativeInvestment]),
    0.0001,
  );
  const x = (i: number) => pad.l + (i / (reports.length - 1)) * (W - pad.l - pad.r);
  const y = (v: number) => H - pad.b - (v / max) * (H - pad.t - pad.b);
  const line = (pick: (r: Report) => number) =>
    reports.map((r, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(pick(r)).toFixed(1)}`).join("");
  const first = reports[0];
  const last = reports[reports.length - 1];
  return (
    <figure className="wd-curve">
      <figcaption className="wd-curve__caption">
        {labels.caption}
        <span className="wd-curve__keys">
          <span className="wd-key wd-key--actual" aria-hidden="true" /> {labels.actual}
          <span className="wd-key wd-key--plan" aria-hidden="true" /> {labels.plan}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        className="wd-curve__svg"
        aria-hidden="true"
      >
        <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} className="wd-curve__axis" />
        <path d={line((r) => r.plannedCumulativeInvestment)} className="wd-curve__plan" />
        <path d={line((r) => r.cumulativeInvestment)} className="wd-curve__actual" />
      </svg>
      <div className="wd-curve__ends">
        <span>{first && periodLabel(first.period, lang)}</span>
        <span>{last && periodLabel(last.period, lang)}</span>
      </div>
    </figure>
  );
}
