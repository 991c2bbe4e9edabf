/**
 * The key of one evaluator's sheet for one project, for maps, sets and audit subjects. Named
 * fields, so the two ids cannot be swapped; "/" never occurs in an id (see ids.ts).
 */
export type Pair = { evaluatorId: string; projectId: string };

export const pairKey = ({ evaluatorId, projectId }: Pair): string => `${evaluatorId}/${projectId}`;
