import { type FormEvent, useId, useState } from "react";
import { categoryName } from "../../../../domain/shared-messages";
import { useCategories, useCreateProject } from "../../../api/project-admin";
import { ApiError } from "../../../api/read-json";
import { useRole } from "../../../api/session";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { projectTableMessages } from "../messages";
import {
  emptyForm,
  type FormField,
  formFieldOf,
  missingFields,
  type NewProjectForm,
  newProjectId,
  projectBody,
} from "../utils/new-project-form";

type Issue = { field: string; message: string };
type Label = keyof typeof projectTableMessages.zh;

const fields: { key: FormField; label: Label; type?: string; step?: string }[] = [
  { key: "name", label: "newName" },
  { key: "category", label: "newCategory" },
  { key: "street", label: "newStreet" },
  { key: "developer", label: "newDeveloper" },
  { key: "responsibleUnit", label: "newUnit" },
  { key: "leaderInCharge", label: "newLeader" },
  { key: "totalInvestment", label: "newTotal", type: "number", step: "0.0001" },
  { key: "yearPlanInvestment", label: "newYearPlan", type: "number", step: "0.0001" },
  { key: "startDate", label: "newStart", type: "date" },
  { key: "plannedCompletionDate", label: "newCompletion", type: "date" },
  { key: "lat", label: "newLat", type: "number", step: "0.000001" },
  { key: "lng", label: "newLng", type: "number", step: "0.000001" },
];

/**
 * 新建项目, for staff and admins: the fields a 发改 office keeps, each refusal shown under its own
 * input (the server's words, in the reader's language), and a point outside the district flagged
 * once the project is stored.
 */
export function NewProjectFormPanel() {
  const t = useMessages(projectTableMessages);
  const lang = useLang();
  const role = useRole();
  const categories = useCategories();
  const create = useCreateProject();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<NewProjectForm>(emptyForm);
  const [errors, setErrors] = useState<Partial<Record<FormField, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const id = useId();
  if (role !== "staff" && role !== "admin") return null;

  const set = (key: FormField, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const labelOf = (key: FormField) => t(fields.find((f) => f.key === key)?.label ?? "newName");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = missingFields(form);
    if (missing.length) {
      setErrors(
        Object.fromEntries(missing.map((k) => [k, [t("newRequired", { field: labelOf(k) })]])),
      );
      setFormError(t("newFixBelow"));
      return;
    }
    setFormError(null);
    create.mutate(projectBody(form, newProjectId()), {
      onSuccess: () => {
        setForm(emptyForm);
        setErrors({});
        setOpen(false);
      },
      onError: (error) => {
        const issues =
          (error instanceof ApiError &&
            (error.details as { issues?: Issue[] } | undefined)?.issues) ||
          [];
        const byField: Partial<Record<FormField, string[]>> = {};
        const rest: string[] = [];
        for (const issue of issues) {
          const field = formFieldOf(issue.field);
          if (field) byField[field] = [...(byField[field] ?? []), issue.message];
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
            setForm((f) => ({
              ...f,
              category: f.category || categories.data?.categories[0]?.id || "",
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
          <span key={w.code} className="new-project__warning" role="alert">
            {w.message}
          </span>
        ))}
      </div>
    );

  const fieldId = (key: FormField) => `${id}-${key}`;
  return (
    <form className="new-project" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="new-project__title">
        {t("newTitle")}
      </h2>
      {fields.map(({ key, label, type, step }) => {
        const own = errors[key];
        const describedBy = [
          own?.length ? `${fieldId(key)}-error` : "",
          key === "lat" || key === "lng" ? `${id}-point-hint` : "",
        ]
          .filter(Boolean)
          .join(" ");
        const common = {
          id: fieldId(key),
          value: form[key],
          "aria-invalid": Boolean(own?.length),
          "aria-describedby": describedBy || undefined,
        };
        return (
          <div key={key} className={`field${key === "name" ? " new-project__wide" : ""}`}>
            <label htmlFor={fieldId(key)}>{t(label)}</label>
            {key === "category" ? (
              <select className="select" {...common} onChange={(e) => set(key, e.target.value)}>
                {(categories.data?.categories ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {categoryName(c.id, lang, categories.data?.categories)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                className="input"
                type={type ?? "text"}
                step={step}
                inputMode={type === "number" ? "decimal" : undefined}
                maxLength={type ? undefined : 200}
                {...common}
                onChange={(e) => set(key, e.target.value)}
              />
            )}
            {own?.length ? (
              <ul className="new-project__errors" id={`${fieldId(key)}-error`}>
                {own.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
      <p className="new-project__hint new-project__wide" id={`${id}-point-hint`}>
        {t("newPointHint")}
      </p>
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
