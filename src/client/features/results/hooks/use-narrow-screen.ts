import { useSyncExternalStore } from "react";

const query = "(max-width: 720px)";

/** True on a phone-width screen: charts then drop their long axis labels (the table has them). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
