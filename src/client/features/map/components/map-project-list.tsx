import { useEffect, useRef } from "react";
import type { ProjectSummary } from "../../../../domain/api-views";
import { formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { EmptyState } from "../../../components/async-state";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { mapMessages } from "../messages";

type Props = {
  projects: ProjectSummary[];
  results?: ProjectResult[];
  selectedId?: string;
  onSelect: (id: string) => void;
  label: string;
};

/** The map's projects as a plain list: another way in, and the map's text alternative. */
export function MapProjectList({ projects, results, selectedId, onSelect, label }: Props) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const common = useMessages(commonMessages);
  const listRef = useRef<HTMLOListElement>(null);
  const scoreOf = new Map(results?.map((r) => [r.projectId, r.score]));

  // Keep the selected row in view inside the list, without scrolling the page itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes
  useEffect(() => {
    const list = listRef.current;
    const row = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !row || list.scrollHeight <= list.clientHeight) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top - 8;
    else if (top + row.offsetHeight > list.scrollTop + list.clientHeight)
      list.scrollTop = top + row.offsetHeight - list.clientHeight + 8;
  }, [selectedId]);

  if (!projects.length) return <EmptyState>{common("empty")}</EmptyState>;
  return (
    <ol className="map-list" ref={listRef} aria-label={label}>
      {projects.map((p) => {
        const score = scoreOf.get(p.id);
        return (
          <li key={p.id}>
            <button
              type="button"
              className="map-list__item"
              aria-current={p.id === selectedId ? "true" : undefined}
              onClick={() => onSelect(p.id)}
            >
              <span className="map-list__name">{localized(p, "name", lang)}</span>
              <span className="map-list__meta">
                <StatusBadge light={p.status} explanation={p.statusExplanation} />
                <span>{localized(p, "street", lang)}</span>
                <span className="num">
                  {score == null ? t("noScore") : `${t("score")} ${formatScore(score)}`}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
