import { type FormEvent, type ReactNode, useState } from "react";
import type { Milestone } from "../../../../domain/project";
import {
  useAddMilestone,
  useEditMilestone,
  useRemoveMilestone,
  useSetYearPlan,
} from "../../../api/year-plans";
import { useMessages } from "../../../i18n/messages";
import { yearPlanMessages } from "./year-plans-messages";

type Written = { project: string; version: number };

/** A small form opened in place: its fields, the server's refusal in words, save and cancel. */
function InlineForm({
  label,
  error,
  pending,
  submitText,
  onSubmit,
  onCancel,
  children,
}: {
  label: string;
  error: Error | null;
  pending: boolean;
  submitText?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useMessages(yearPlanMessages);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="year-plan-form" aria-label={label} onSubmit={submit}>
      <div className="year-plan-form__fields">{children}</div>
      {error && (
        <p className="year-plan-form__error" role="alert">
          {error.message}
        </p>
      )}
      <div className="year-plan-form__buttons">
        <button type="submit" className="button button--small" disabled={pending}>
          {submitText ?? t("save")}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

/** Opens a form in place of its button; the form closes itself once saved. */
function Opener({
  text,
  label,
  ghost = true,
  children,
}: {
  text: string;
  label?: string;
  ghost?: boolean;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (open) return <>{children(() => setOpen(false))}</>;
  return (
    <button
      type="button"
      className={`button button--small${ghost ? " button--ghost" : ""}`}
      aria-label={label}
      onClick={() => setOpen(true)}
    >
      {text}
    </button>
  );
}

const toNumber = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));

/** 年度计划投资 of one year: a first plan, or a change with its reason. */
export function YearPlanEditor({
  project,
  version,
  year,
  plan,
}: Written & { year: number; plan: number | undefined }) {
  const t = useMessages(yearPlanMessages);
  return (
    <Opener text={plan === undefined ? t("setPlan") : t("editPlan")}>
      {(close) => (
        <YearPlanForm
          project={project}
          version={version}
          year={year}
          plan={plan}
          onDone={close}
          label={`${t("yearOf", { year })} ${t("editPlan")}`}
        />
      )}
    </Opener>
  );
}

function YearPlanForm({
  project,
  version,
  year,
  plan,
  fixedYear = true,
  label,
  onDone,
}: Written & {
  year: number;
  plan: number | undefined;
  fixedYear?: boolean;
  label: string;
  onDone: () => void;
}) {
  const t = useMessages(yearPlanMessages);
  const set = useSetYearPlan(project, version);
  const [yearText, setYearText] = useState(String(year));
  const [amount, setAmount] = useState(plan === undefined ? "" : String(plan));
  const [reason, setReason] = useState("");
  return (
    <InlineForm
      label={label}
      error={set.error}
      pending={set.isPending}
      onCancel={onDone}
      onSubmit={() =>
        set.mutate(
          {
            year: fixedYear ? year : toNumber(yearText),
            planInvestment: toNumber(amount),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
          { onSuccess: onDone },
        )
      }
    >
      {!fixedYear && (
        <label className="field">
          {t("year")}
          <input
            className="input year-plan-form__year"
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            required
            value={yearText}
            onChange={(e) => setYearText(e.target.value)}
          />
        </label>
      )}
      <label className="field">
        {t("planAmount")}
        <input
          className="input year-plan-form__amount"
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </label>
      {plan !== undefined && (
        <label className="field">
          {t("reasonRequired")}
          <input
            className="input"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      )}
    </InlineForm>
  );
}

/** 添加年度: next year's plan (or any year's), entered before its milestones. */
export function AddYear({ project, version, year }: Written & { year: number }) {
  const t = useMessages(yearPlanMessages);
  return (
    <Opener text={t("addYear")} ghost={false}>
      {(close) => (
        <YearPlanForm
          project={project}
          version={version}
          year={year}
          plan={undefined}
          fixedYear={false}
          label={t("addYear")}
          onDone={close}
        />
      )}
    </Opener>
  );
}

/** 添加节点 planned in `year`: its name (English optional) and its planned date. */
export function AddMilestone({ project, version, year }: Written & { year: number }) {
  const t = useMessages(yearPlanMessages);
  return (
    <Opener text={t("addMilestone")} label={t("addMilestoneTo", { year })}>
      {(close) => (
        <AddMilestoneForm project={project} version={version} year={year} onDone={close} />
      )}
    </Opener>
  );
}

function AddMilestoneForm({
  project,
  version,
  year,
  onDone,
}: Written & { year: number; onDone: () => void }) {
  const t = useMessages(yearPlanMessages);
  const add = useAddMilestone(project, version);
  const [name, setName] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [date, setDate] = useState("");
  return (
    <InlineForm
      label={t("addMilestoneTo", { year })}
      error={add.error}
      pending={add.isPending}
      onCancel={onDone}
      onSubmit={() =>
        add.mutate(
          {
            name: name.trim(),
            ...(nameEn.trim() ? { nameEn: nameEn.trim() } : {}),
            plannedDate: date,
          },
          { onSuccess: onDone },
        )
      }
    >
      <label className="field">
        {t("name")}
        <input
          className="input"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        {t("nameEn")}
        <input
          className="input"
          maxLength={200}
          value={nameEn}
          onChange={(e) => setNameEn(e.target.value)}
        />
      </label>
      <label className="field">
        {t("plannedDate")}
        <input
          className="input"
          type="date"
          required
          min={`${year}-01-01`}
          max={`${year}-12-31`}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
    </InlineForm>
  );
}

/**
 * 修改 (rename; a new date is a replan and needs a reason) and 删除 (only when never reached, with a
 * reason): the server applies the rules and its refusal is shown as it says it.
 */
export function MilestoneActions({
  project,
  version,
  milestone,
  name,
}: Written & { milestone: Milestone; name: string }) {
  const t = useMessages(yearPlanMessages);
  const [open, setOpen] = useState<"edit" | "remove" | null>(null);
  const close = () => setOpen(null);
  if (open === "edit")
    return (
      <EditMilestoneForm
        project={project}
        version={version}
        milestone={milestone}
        onDone={close}
        label={t("editOf", { name })}
      />
    );
  if (open === "remove")
    return (
      <RemoveMilestoneForm
        project={project}
        version={version}
        milestone={milestone}
        onDone={close}
        label={t("removeOf", { name })}
      />
    );
  return (
    <div className="year-plan__actions">
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label={t("editOf", { name })}
        onClick={() => setOpen("edit")}
      >
        {t("edit")}
      </button>
      {!milestone.actualDate && (
        <button
          type="button"
          className="button button--small button--ghost"
          aria-label={t("removeOf", { name })}
          onClick={() => setOpen("remove")}
        >
          {t("remove")}
        </button>
      )}
    </div>
  );
}

function EditMilestoneForm({
  project,
  version,
  milestone,
  label,
  onDone,
}: Written & { milestone: Milestone; label: string; onDone: () => void }) {
  const t = useMessages(yearPlanMessages);
  const edit = useEditMilestone(project, version);
  const [name, setName] = useState(milestone.name);
  const [nameEn, setNameEn] = useState(milestone.nameEn);
  const [date, setDate] = useState(milestone.plannedDate);
  const [reason, setReason] = useState("");
  const replanning = date !== milestone.plannedDate;
  return (
    <InlineForm
      label={label}
      error={edit.error}
      pending={edit.isPending}
      onCancel={onDone}
      onSubmit={() =>
        edit.mutate(
          {
            milestoneId: milestone.id,
            ...(name.trim() !== milestone.name ? { name: name.trim() } : {}),
            ...(nameEn.trim() !== milestone.nameEn ? { nameEn: nameEn.trim() } : {}),
            ...(replanning ? { plannedDate: date } : {}),
            ...(reason.trim() ? { reason: reason.trim() } : {}),
          },
          { onSuccess: onDone },
        )
      }
    >
      <label className="field">
        {t("name")}
        <input
          className="input"
          required
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        {t("nameEn")}
        <input
          className="input"
          maxLength={200}
          value={nameEn}
          onChange={(e) => setNameEn(e.target.value)}
        />
      </label>
      {/* A reached milestone is history: its date stays, only its name may be corrected. */}
      {!milestone.actualDate && (
        <label className="field">
          {t("plannedDate")}
          <input
            className="input"
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
      )}
      {replanning && (
        <label className="field">
          {t("replanReason")}
          <input
            className="input"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      )}
    </InlineForm>
  );
}

function RemoveMilestoneForm({
  project,
  version,
  milestone,
  label,
  onDone,
}: Written & { milestone: Milestone; label: string; onDone: () => void }) {
  const t = useMessages(yearPlanMessages);
  const remove = useRemoveMilestone(project, version);
  const [reason, setReason] = useState("");
  return (
    <InlineForm
      label={label}
      error={remove.error}
      pending={remove.isPending}
      submitText={t("removeConfirm")}
      onCancel={onDone}
      onSubmit={() =>
        remove.mutate({ milestoneId: milestone.id, reason: reason.trim() }, { onSuccess: onDone })
      }
    >
      <label className="field">
        {t("removeReason")}
        <input
          className="input"
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
    </InlineForm>
  );
}
