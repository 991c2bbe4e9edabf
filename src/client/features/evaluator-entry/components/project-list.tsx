import { useMessages } from "../../../i18n/messages";
import { entryMessages } from "../messages";
import type { SheetState } from "../utils/sheet-state";
import { SheetStateBadge } from "./state-badge";

export type ListedProject = { id: string; name: string; state: SheetState };

/** The event's projects in inspection order, each with its state on this phone. */
export function ProjectList({
  projects,
  selected,
  onSelect,
}: {
  projects: ListedProject[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useMessages(entryMessages);
  return (
    <nav className="entry-list" aria-labelledby="entry-list-title">
      <h2 id="entry-list-title" className="entry-list__title">
        {t("projectsHeading")}
      </h2>
      <ol className="plain-list entry-list__items">
        {projects.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              className={`entry-list__item${p.id === selected ? " is-selected" : ""}`}
              aria-current={p.id === selected ? "true" : undefined}
              onClick={() => onSelect(p.id)}
            >
              <span className="entry-list__n" aria-hidden="true">
                {i + 1}
              </span>
              <span className="entry-list__name">{p.name}</span>
              <SheetStateBadge state={p.state} />
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
