import { useId, useState } from "react";
import { Link } from "wouter";
import type { ProjectSummary } from "../../../../domain/api-views";
import { categoryName } from "../../../../domain/shared-messages";
import { useArchivedProjects, useArchiveProject } from "../../../api/project-admin";
import { useRole } from "../../../api/session";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { projectTableMessages } from "../messages";

function ArchivedRow({ project }: { project: ProjectSummary }) {
  const t = useMessages(projectTableMessages);
  const lang = useLang();
  const restore = useArchiveProject(project.id);
  const name = localized(project, "name", lang);
  return (
    <li className="archived__row">
      <Link href={`/projects/${encodeURIComponent(project.id)}`}>{name}</Link>
      <span className="archived__category">{categoryName(project.category, lang)}</span>
      <button
        type="button"
        className="button button--small button--ghost"
        disabled={restore.isPending}
        aria-label={t("archivedRestoreOne", { name })}
        onClick={() => restore.mutate({ archive: false, reason: "" })}
      >
        {t("archivedRestore")}
      </button>
      {restore.error && (
        <span className="project-form__errors" role="alert">
          {restore.error.message}
        </span>
      )}
    </li>
  );
}

/**
 * 已归档: archived projects leave the table and the map; staff find them here and restore them.
 */
export function ArchivedProjects() {
  const t = useMessages(projectTableMessages);
  const role = useRole();
  const id = useId();
  const [open, setOpen] = useState(false);
  const staff = role === "staff" || role === "admin";
  const archived = useArchivedProjects(staff && open);
  if (!staff) return null;
  const list = archived.data?.projects ?? [];
  return (
    <section className="archived" aria-labelledby={`${id}-t`}>
      <button
        type="button"
        id={`${id}-t`}
        className="button button--small button--ghost"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((o) => !o)}
      >
        {t("archivedToggle")}
      </button>
      {open && (
        <div id={`${id}-list`}>
          {archived.isPending ? null : list.length === 0 ? (
            <p className="archived__empty">{t("archivedNone")}</p>
          ) : (
            <ul className="archived__list">
              {list.map((p) => (
                <ArchivedRow key={p.id} project={p} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
