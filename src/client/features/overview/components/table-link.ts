/** The project table with the page's filters, narrowed further (e.g. one category) and sorted. */
export function projectTableLink(linkSearch: string, set: Record<string, string>): string {
  const params = new URLSearchParams(linkSearch);
  for (const [key, value] of Object.entries(set)) params.set(key, value);
  params.delete("sel");
  return `/projects?${params.toString()}`;
}
