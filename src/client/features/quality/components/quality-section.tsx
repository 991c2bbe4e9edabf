import type { ReactNode } from "react";

type Props = { id: string; title: string; measure: string; children: ReactNode };

/** One quality signal: its name, how it is measured, then what it found. */
export function QualitySection({ id, title, measure, children }: Props) {
  return (
    <section className="quality-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="quality-measure">{measure}</p>
      {children}
    </section>
  );
}
