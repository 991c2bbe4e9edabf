import { type ReactNode, useId } from "react";

type Props = {
  title: ReactNode;
  /** A small tag beside the title, e.g. 示意数据 on illustrative figures. */
  tag?: ReactNode;
  children: ReactNode;
  /** Controls or notes on the title's line (a filter, a legend), wrapping below it when narrow. */
  aside?: ReactNode;
  /** Extra classes for the feature's own layout. */
  className?: string;
  /** An id for the heading when something else points at it; one is made up otherwise. */
  titleId?: string;
};

/** A titled panel of a page: the card names its region by its heading. */
export function Card({ title, tag, aside, children, className, titleId }: Props) {
  const madeUp = useId();
  const id = titleId ?? madeUp;
  const heading = (
    <h2 className="card__title" id={id}>
      {title}
      {tag}
    </h2>
  );
  return (
    <section className={className ? `card ${className}` : "card"} aria-labelledby={id}>
      {aside === undefined ? (
        heading
      ) : (
        <div className="card__head">
          {heading}
          {aside}
        </div>
      )}
      {children}
    </section>
  );
}
