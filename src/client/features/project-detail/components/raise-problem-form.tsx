import { type FormEvent, useId, useState } from "react";
import type { ProjectDetail } from "../../../../domain/api-views";
import { problemTypeText } from "../../../../domain/problem-lifecycle";
import { type ProblemType, problemTypeSchema } from "../../../../domain/project";
import { useRaiseProblem } from "../../../api/problems";
import { useRole } from "../../../api/session";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/**
 * 交办: staff raise a problem on this project with its type, responsible unit and due date. The
 * unit defaults to the project's own; the due date may not be before 数据截至 (the server says so).
 */
export function RaiseProblemForm({ project, units }: { project: ProjectDetail; units: string[] }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const role = useRole();
  const raise = useRaiseProblem(project.id);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [type, setType] = useState<ProblemType>("other");
  const [unit, setUnit] = useState(project.responsibleUnit);
  const [due, setDue] = useState("");
  const [missing, setMissing] = useState(false);
  const id = useId();
  if (role !== "staff" && role !== "admin") return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !unit.trim() || !due) {
      setMissing(true);
      return;
    }
    raise.mutate(
      { title: title.trim(), type, unit: unit.trim(), dueDate: due },
      {
        onSuccess: () => {
          setTitle("");
          setDue("");
          setOpen(false);
        },
      },
    );
  };

  if (!open)
    return (
      <div className="raise-problem__bar">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setOpen(true);
            raise.reset();
          }}
        >
          {t("raiseOpen")}
        </button>
        {raise.isSuccess && (
          <span className="raise-problem__done" role="status">
            {t("raiseDone", { title: raise.data.problem.description })}
          </span>
        )}
      </div>
    );

  return (
    <form className="raise-problem" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="raise-problem__title">
        {t("raiseTitle")}
      </h3>
      <label className="field raise-problem__wide">
        {t("raiseDescription")}
        <input
          className="input"
          value={title}
          maxLength={500}
          onChange={(e) => {
            setTitle(e.target.value);
            setMissing(false);
          }}
        />
      </label>
      <label className="field">
        {t("raiseType")}
        <select
          className="select"
          value={type}
          onChange={(e) => setType(e.target.value as ProblemType)}
        >
          {problemTypeSchema.options.map((option) => (
            <option key={option} value={option}>
              {problemTypeText(option, lang)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t("raiseUnit")}
        <input
          className="input"
          list={`${id}-units`}
          value={unit}
          maxLength={100}
          onChange={(e) => {
            setUnit(e.target.value);
            setMissing(false);
          }}
        />
        <datalist id={`${id}-units`}>
          {units.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      </label>
      <label className="field">
        {t("raiseDue")}
        <input
          className="input"
          type="date"
          value={due}
          min={project.statusExplanation.asOf}
          onChange={(e) => {
            setDue(e.target.value);
            setMissing(false);
          }}
        />
      </label>
      {(missing || raise.isError) && (
        <p className="raise-problem__error raise-problem__wide" role="alert">
          {missing ? t("raiseMissing") : raise.error?.message}
        </p>
      )}
      <div className="raise-problem__buttons raise-problem__wide">
        <button type="submit" className="button button--small" disabled={raise.isPending}>
          {t("raiseSubmit")}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setOpen(false)}
        >
          {t("raiseCancel")}
        </button>
      </div>
    </form>
  );
}
