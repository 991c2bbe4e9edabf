import { stageSchema } from "../../../domain/project";
import { categoryName } from "../../../domain/shared-messages";
import type { CategoryItem } from "../../api/project-admin";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { fieldKinds, type ProjectField } from "./fields";
import { projectFormMessages } from "./messages";

type Props = {
  field: ProjectField;
  value: string;
  onChange: (value: string) => void;
  /** The field's own refusals, shown under it. */
  errors?: string[];
  /** Prefix for ids (one per form on the page). */
  idPrefix: string;
  categories: readonly CategoryItem[];
  /** Elements that describe it beyond its errors (a hint). */
  describedBy?: string;
};

/** One labelled input of a project form, its refusals listed under it. */
export function ProjectFieldInput(props: Props) {
  const { field, value, onChange, errors, idPrefix, categories } = props;
  const t = useMessages(projectFormMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const { kind, step, wide } = fieldKinds[field];
  const id = `${idPrefix}-${field}`;
  const describedBy = [errors?.length ? `${id}-error` : "", props.describedBy ?? ""]
    .filter(Boolean)
    .join(" ");
  const common_ = {
    id,
    value,
    "aria-invalid": Boolean(errors?.length),
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className={`field${wide ? " project-form__wide" : ""}`}>
      <label htmlFor={id}>{t(field)}</label>
      {kind === "category" ? (
        <select className="select" {...common_} onChange={(e) => onChange(e.target.value)}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryName(c.id, lang, categories)}
            </option>
          ))}
        </select>
      ) : kind === "stage" ? (
        <select className="select" {...common_} onChange={(e) => onChange(e.target.value)}>
          {stageSchema.options.map((s) => (
            <option key={s} value={s}>
              {common(s)}
            </option>
          ))}
        </select>
      ) : (
        <input
          className="input"
          type={kind}
          step={step}
          inputMode={kind === "number" ? "decimal" : undefined}
          maxLength={kind === "text" ? 200 : undefined}
          {...common_}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {errors?.length ? (
        <ul className="project-form__errors" id={`${id}-error`}>
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
