import { type RefObject, useLayoutEffect } from "react";

/**
 * Sets `--fill-height` on the element to the viewport height below its top edge, so the map ends
 * at the bottom of the screen whatever sits above it (header, banner, wrapped filters, notices).
 */
export function useFillViewport(
  ref: RefObject<HTMLElement | null>,
  /** Whether the element is drawn yet: measuring starts when it is. */
  drawn: boolean,
  bottomGap = 16,
) {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!drawn || !element) return;
    const update = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.setProperty(
        "--fill-height",
        `${Math.round(window.innerHeight - top - bottomGap)}px`,
      );
    };
    update();
    // The content above can change height without the window resizing (filters wrap, notices go).
    const observer = new ResizeObserver(update);
    if (element.parentElement) observer.observe(element.parentElement);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
    };
  }, [ref, drawn, bottomGap]);
}
