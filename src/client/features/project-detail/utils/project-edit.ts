import type { ProjectRecord } from "../../../../domain/project";
import { changedPlanFields, type ProjectEdit } from "../../../../domain/project-input";
import type { ProjectEditBody } from "../../../api/project-admin";
import {
  editFields,
  type PlaceDraft,
  type ProjectForm,
  placeOf,
  recordValue,
} from "../../../components/project-form/fields";

/**
 * What an edit sends: only the fields that differ from the record it was opened on (so two people
 * changing different fields do not undo each other), the place when it moved.
 */
export function editBody(
  record: ProjectRecord,
  form: ProjectForm,
  place: PlaceDraft,
): ProjectEditBody {
  const body: Record<string, unknown> = {};
  for (const field of editFields) {
    const value = recordValue(field, form[field]);
    if (value !== record[field]) body[field] = value;
  }
  const at = placeOf(place);
  if (
    at &&
    (JSON.stringify(at.geometry) !== JSON.stringify(record.geometry) ||
      at.location.lat !== record.location.lat ||
      at.location.lng !== record.location.lng)
  ) {
    body.location = at.location;
    body.geometry = at.geometry;
  }
  return body as ProjectEditBody;
}

/** The plan fields an edit changes: the reason box shows as soon as there is one. */
export const planChanges = (record: ProjectRecord, body: ProjectEditBody) =>
  changedPlanFields(record, body as ProjectEdit);
