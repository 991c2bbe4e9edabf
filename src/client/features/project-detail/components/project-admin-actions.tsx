import { type FormEvent, lazy, Suspense, useId, useState } from "react";
import { formatDate } from "../../../../domain/formats";
import type { ProjectRecord } from "../../../../domain/project";
import { useArchiveProject } from "../../../api/project-admin";
import { useRole } from "../../../api/session";
import "../../../components/project-form/project-form.css";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

// Only an administrator opens it, and its place picker brings the whole map library: loaded when
// asked for, not with every visit to a project's page.
const ProjectEditForm = lazy(() =>
  import("./project-edit-form").then((m) => ({ default: m.ProjectEditForm })),
);

type Props = { project: ProjectRecord; version: number; archivedAt: string | null };

/** 编辑 and 归档 / 恢复 on a project's page, for staff and admins. */
export function ProjectAdminActions({ project, version, archivedAt }: Props) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const role = useRole();
  const id = useId();
  const [mode, setMode] = useState<"idle" | "edit" | "archive">("idle");
  const [done, setDone] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const archive = useArchiveProject(project.id);
  if (role !== "staff" && role !== "admin") return null;

  const submitArchive = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t("archiveReasonRequired"));
      return;
    }
    archive.mutate(
      { archive: true, reason: reason.trim() },
      {
        onSuccess: () => {
          setMode("idle");
          setReason("");
          setDone(null);
        },
        onError: (error) => setReasonError(error.message),
      },
    );
  };

  return (
    <section className="project-admin" aria-label={t("editTitle")}>
      {archivedAt && (
        <p className="project-admin__notice" role="status">
          {t("archivedNotice", { date: formatDate(archivedAt.slice(0, 10), lang) })}
        </p>
      )}
      {mode !== "edit" && (
        <div className="project-admin__bar">
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setMode("edit");
              setDone(null);
              setWarnings([]);
            }}
          >
            {t("editOpen")}
          </button>
          {archivedAt ? (
            <button
              type="button"
              className="button button--small button--ghost"
              disabled={archive.isPending}
              onClick={() =>
                archive.mutate(
                  { archive: false, reason: "" },
                  { onSuccess: () => setDone(t("restored")) },
                )
              }
            >
              {t("restore")}
            </button>
          ) : (
            mode === "idle" && (
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => {
                  setMode("archive");
                  setDone(null);
                }}
              >
                {t("archiveOpen")}
              </button>
            )
          )}
          {done && (
            <span className="project-admin__done" role="status">
              {done}
            </span>
          )}
          {warnings.map((w) => (
            <span key={w} className="new-project__warning project-admin__notice" role="alert">
              {w}
            </span>
          ))}
        </div>
      )}
      {mode === "archive" && (
        <form className="project-archive" onSubmit={submitArchive} aria-labelledby={`${id}-t`}>
          <h2 id={`${id}-t`} className="project-form__title">
            {t("archiveTitle")}
          </h2>
          <p>{t("archiveExplain")}</p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("archiveReason")}</label>
            <input
              id={`${id}-reason`}
              className="input"
              maxLength={500}
              value={reason}
              aria-invalid={Boolean(reasonError)}
              aria-describedby={reasonError ? `${id}-reason-error` : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
            />
            {reasonError && (
              <p className="project-form__errors" id={`${id}-reason-error`}>
                {reasonError}
              </p>
            )}
          </div>
          <div className="project-form__buttons">
            <button type="submit" className="button button--small" disabled={archive.isPending}>
              {t("archiveConfirm")}
            </button>
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => setMode("idle")}
            >
              {t("archiveCancel")}
            </button>
          </div>
        </form>
      )}
      {mode === "edit" && (
        <Suspense fallback={<p className="detail-muted">{t("editLoading")}</p>}>
          <ProjectEditForm
            project={project}
            version={version}
            onCancel={() => setMode("idle")}
            onDone={(w) => {
              setMode("idle");
              setDone(t("editSaved"));
              setWarnings(w);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
