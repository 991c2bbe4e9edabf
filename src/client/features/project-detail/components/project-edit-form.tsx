import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { ProjectRecord } from "../../../../domain/project";
import { useCategories, useEditProject } from "../../../api/project-admin";
import { projectQueryOptions } from "../../../api/projects";
import { ApiError } from "../../../api/read-json";
import {
  editFields,
  fieldOfIssue,
  formOf,
  type PlaceDraft,
  type ProjectField,
  type ProjectForm,
  placeDraftOf,
} from "../../../components/project-form/fields";
import { projectFormMessages } from "../../../components/project-form/messages";
import { PlacePicker } from "../../../components/project-form/place-picker";
import { ProjectFieldInput } from "../../../components/project-form/project-field-input";
import "../../../components/project-form/project-form.css";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";
import { editBody, planChanges } from "../utils/project-edit";

type Issue = { field: string; message: string };
type ErrorKey = ProjectField | "place" | "reason";
type Props = {
  project: ProjectRecord;
  version: number;
  onDone: (warnings: string[]) => void;
  onCancel: () => void;
};

/**
 * 编辑: every field of the record and its place, sent with the version it was opened at. A change
 * of plan asks for its reason; a change by someone else in between is said plainly, and loading
 * theirs keeps what was typed here.
 */
export function ProjectEditForm({ project, version, onDone, onCancel }: Props) {
  const t = useMessages(detailMessages);
  const f = useMessages(projectFormMessages);
  const lang = useLang();
  const id = useId();
  const client = useQueryClient();
  const categories = useCategories();
  // The record and version the edit is against: moved on when the latest one is loaded.
  const [base, setBase] = useState({ project, version });
  const [form, setForm] = useState<ProjectForm>(() => formOf(project));
  const [place, setPlace] = useState<PlaceDraft>(() => placeDraftOf(project));
  const [confirmOutside, setConfirmOutside] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloaded, setReloaded] = useState<number | null>(null);
  const save = useEditProject(project.id);

  const body = editBody(base.project, form, place);
  const plan = planChanges(base.project, body);
  const planNames = plan.map((field) => f(field as ProjectField)).join(lang === "zh" ? "、" : ", ");

  const clear = (key: ErrorKey) => setErrors((e) => ({ ...e, [key]: undefined }));

  const reload = async () => {
    const latest = await client.fetchQuery({ ...projectQueryOptions(project.id), staleTime: 0 });
    // What was typed stays; fields left alone take the other person's values.
    const opened = formOf(base.project);
    const theirs = formOf(latest.project);
    setForm((mine) => {
      const next = { ...theirs };
      for (const key of editFields) if (mine[key] !== opened[key]) next[key] = mine[key];
      return next;
    });
    setPlace((mine) =>
      JSON.stringify(mine) === JSON.stringify(placeDraftOf(base.project))
        ? placeDraftOf(latest.project)
        : mine,
    );
    setBase({ project: latest.project, version: latest.version });
    setConflict(false);
    setFormError(null);
    setReloaded(latest.version);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setReloaded(null);
    if (Object.keys(body).length === 0) {
      setFormError(t("editNothing"));
      return;
    }
    if (plan.length > 0 && !reason.trim()) {
      setErrors({ reason: [t("editReasonRequired")] });
      setFormError(t("editFixBelow"));
      return;
    }
    setFormError(null);
    const sent = {
      ...body,
      ...(plan.length > 0 ? { reason: reason.trim() } : {}),
      ...(confirmOutside ? { confirmOutside: true } : {}),
    };
    save.mutate(
      { body: sent, version: base.version },
      {
        onSuccess: (answer) => onDone(answer.warnings.map((w) => w.message)),
        onError: (error) => {
          if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
            setConflict(true);
            setFormError(null);
            return;
          }
          const issues =
            (error instanceof ApiError &&
              (error.details as { issues?: Issue[] } | undefined)?.issues) ||
            [];
          const byField: Partial<Record<ErrorKey, string[]>> = {};
          const rest: string[] = [];
          for (const issue of issues) {
            const field: ErrorKey | null =
              issue.field === "reason" ? "reason" : fieldOfIssue(issue.field);
            if (field) byField[field] = [...(byField[field] ?? []), issue.message];
            else rest.push(issue.message);
          }
          setErrors(byField);
          setFormError(
            rest.length ? rest.join(" ") : issues.length ? t("editFixBelow") : error.message,
          );
        },
      },
    );
  };

  return (
    <form className="project-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="project-form__title">
        {t("editTitle")}
      </h2>
      {conflict && (
        <div className="project-edit__conflict project-form__wide" role="alert">
          <p>{t("editConflict")}</p>
          <button type="button" className="button button--small" onClick={reload}>
            {t("editReload")}
          </button>
        </div>
      )}
      {reloaded !== null && (
        <p className="project-edit__reloaded project-form__wide" role="status">
          {t("editReloaded", { version: String(reloaded) })}
        </p>
      )}
      {editFields.map((key) => (
        <ProjectFieldInput
          key={key}
          field={key}
          value={form[key]}
          onChange={(value) => {
            setForm((current) => ({ ...current, [key]: value }));
            clear(key);
          }}
          errors={errors[key]}
          idPrefix={id}
          categories={categories.data?.categories ?? []}
        />
      ))}
      <PlacePicker
        value={place}
        onChange={(next) => {
          setPlace(next);
          clear("place");
        }}
        confirmOutside={confirmOutside}
        onConfirmOutside={setConfirmOutside}
        errors={errors.place}
        idPrefix={id}
      />
      {plan.length > 0 && (
        <div className="field project-form__wide">
          <label htmlFor={`${id}-reason`}>{t("editReason")}</label>
          <p className="place-picker__hint" id={`${id}-reason-hint`}>
            {t("editReasonHint", { fields: planNames })}
          </p>
          <textarea
            id={`${id}-reason`}
            className="input"
            rows={2}
            maxLength={500}
            value={reason}
            aria-invalid={Boolean(errors.reason?.length)}
            aria-describedby={[
              `${id}-reason-hint`,
              errors.reason?.length ? `${id}-reason-error` : "",
            ]
              .filter(Boolean)
              .join(" ")}
            onChange={(e) => {
              setReason(e.target.value);
              clear("reason");
            }}
          />
          {errors.reason?.length ? (
            <ul className="project-form__errors" id={`${id}-reason-error`}>
              {errors.reason.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      {formError && (
        <p className="project-form__error project-form__wide" role="alert">
          {formError}
        </p>
      )}
      <div className="project-form__buttons project-form__wide">
        <button type="submit" className="button button--small" disabled={save.isPending}>
          {t("editSave")}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>
          {t("editCancel")}
        </button>
      </div>
    </form>
  );
}
