import { type FormEvent, useId, useState } from "react";
import { useCategories, useCreateProject } from "../../../api/project-admin";
import { ApiError } from "../../../api/read-json";
import { useRole } from "../../../api/session";
import { emptyPlace, fieldOfIssue, type PlaceDraft } from "../../../components/project-form/fields";
import { projectFormMessages } from "../../../components/project-form/messages";
import { PlacePicker } from "../../../components/project-form/place-picker";
import { ProjectFieldInput } from "../../../components/project-form/project-field-input";
import "../../../components/project-form/project-form.css";
import { useMessages } from "../../../i18n/messages";
import { projectTableMessages } from "../messages";
import {
  emptyForm,
  type FormField,
  missingFields,
  type NewProjectForm,
  newProjectId,
  projectBody,
} from "../utils/new-project-form";

type Issue = { field: string; message: string };
type ErrorKey = FormField | "place";

/**
 * 新建项目, for staff and admins: the fields a 发改 office keeps, the place picked on the map or
 * typed, each refusal shown under its own input (the server's words, in the reader's language),
 * and a place outside the district flagged at once and kept only when confirmed.
 */
export function NewProjectFormPanel() {
  const t = useMessages(projectTableMessages);
  const f = useMessages(projectFormMessages);
  const role = useRole();
  const categories = useCategories();
  const create = useCreateProject();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<NewProjectForm>(emptyForm);
  const [place, setPlace] = useState<PlaceDraft>(emptyPlace);
  const [confirmOutside, setConfirmOutside] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<ErrorKey, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const id = useId();
  if (role !== "staff" && role !== "admin") return null;

  const set = (key: FormField, value: string) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const labelOf = (key: ErrorKey) => f(key === "place" ? "placeTitle" : key);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(form, place);
    if (missing.length) {
      setErrors(
        Object.fromEntries(missing.map((k) => [k, [f("required", { field: labelOf(k) })]])),
      );
      setFormError(t("newFixBelow"));
      return;
    }
    setFormError(null);
    create.mutate(projectBody(form, newProjectId(), place, confirmOutside), {
      onSuccess: () => {
        setForm(emptyForm);
        setPlace(emptyPlace);
        setConfirmOutside(false);
        setErrors({});
        setOpen(false);
      },
      onError: (error) => {
        const issues =
          (error instanceof ApiError &&
            (error.details as { issues?: Issue[] } | undefined)?.issues) ||
          [];
        const byField: Partial<Record<ErrorKey, string[]>> = {};
        const rest: string[] = [];
        for (const issue of issues) {
          // Names are typed once for both languages: an English name's issue is the name's.
          const field = fieldOfIssue(issue.field)?.replace(/En$/, "") as ErrorKey | undefined;
          if (field && (field === "place" || field in emptyForm))
            byField[field] = [...(byField[field] ?? []), issue.message];
          else rest.push(issue.message);
        }
        setErrors(byField);
        setFormError(
          rest.length ? rest.join(" ") : issues.length ? t("newFixBelow") : error.message,
        );
      },
    });
  };

  const done = create.isSuccess ? create.data : null;
  if (!open)
    return (
      <div className="new-project__bar">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setOpen(true);
            setForm((current) => ({
              ...current,
              category: current.category || categories.data?.categories[0]?.id || "",
            }));
            create.reset();
          }}
        >
          {t("newOpen")}
        </button>
        {done && (
          <span className="new-project__done" role="status">
            {t("newDone", { name: done.project.name })}
          </span>
        )}
        {done?.warnings.map((w) => (
          <span key={w.field} className="new-project__warning" role="alert">
            {w.message}
          </span>
        ))}
      </div>
    );

  return (
    <form className="new-project" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="new-project__title">
        {t("newTitle")}
      </h2>
      {(Object.keys(emptyForm) as FormField[]).map((key) => (
        <ProjectFieldInput
          key={key}
          field={key}
          value={form[key]}
          onChange={(value) => set(key, value)}
          errors={errors[key]}
          idPrefix={id}
          categories={categories.data?.categories ?? []}
        />
      ))}
      <PlacePicker
        value={place}
        onChange={(next) => {
          setPlace(next);
          setErrors((e) => ({ ...e, place: undefined }));
        }}
        confirmOutside={confirmOutside}
        onConfirmOutside={setConfirmOutside}
        errors={errors.place}
        idPrefix={id}
      />
      {formError && (
        <p className="new-project__error new-project__wide" role="alert">
          {formError}
        </p>
      )}
      <div className="new-project__buttons new-project__wide">
        <button type="submit" className="button button--small" disabled={create.isPending}>
          {t("newSubmit")}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setOpen(false)}
        >
          {t("newCancel")}
        </button>
      </div>
    </form>
  );
}
