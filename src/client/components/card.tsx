import { type ReactNode, useId } from "react";

type Props = {
  title: ReactNode;
  children: ReactNode;
  /** Extra classes for the feature's own layout. */
  className?: string;
  /** An id for the heading when something else points at it; one is made up otherwise. */
  titleId?: string;
};

/** A titled panel of a page: the card names its region by its heading. */
export function Card({ title, children, className, titleId }: Props) {
  const madeUp = useId();
  const id = titleId ?? madeUp;
  return (
    <section className={className ? `card ${className}` : "card"} aria-labelledby={id}>
      <h2 className="card__title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
