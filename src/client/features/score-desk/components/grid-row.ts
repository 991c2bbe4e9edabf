/** One row of the desk grid: a project (one evaluator's sheet) or an evaluator (one project's column). */
export type GridRow = {
  key: string;
  evaluatorId: string;
  projectId: string;
  label: string;
  recused: boolean;
};
