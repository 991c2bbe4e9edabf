/** Every id in the data (projects, events, evaluators) is lower-case letters, digits and hyphens. */
export const idPattern = /^[a-z0-9-]{1,64}$/;

export const isId = (value: string): boolean => idPattern.test(value);
