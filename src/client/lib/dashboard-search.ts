import { useCallback, useMemo } from "react";
import { useSearchParams } from "wouter";
import * as z from "zod/mini";
import { idPattern } from "../../domain/ids";
import { type Category, categoryIdPattern } from "../../domain/project";
import { type StatusLight, statusLights } from "../../domain/status-rules";
import { useCategories } from "../api/project-admin";

/**
 * The state that map, table and charts share lives in the URL, so a reload or a shared link shows
 * the same view. Each parameter is validated; a bad one is dropped and reported, never fatal.
 */
const slug = z.string().check(z.regex(idPattern));

const paramSchemas = {
  // Any category id the district may have added; one with no projects simply shows none.
  cat: z.string().check(z.regex(categoryIdPattern)),
  street: z.string().check(z.minLength(1), z.maxLength(40)),
  unit: z.string().check(z.minLength(1), z.maxLength(60)),
  status: z.array(z.enum(statusLights)).check(z.minLength(1)),
  q: z.string().check(z.maxLength(100)),
  sel: slug,
  event: slug,
  sort: z.string().check(z.regex(/^[a-zA-Z]+:(asc|desc)$/)),
  colour: z.enum(["status", "score"]),
  cols: z.array(z.string().check(z.regex(/^[a-zA-Z]+$/))).check(z.minLength(1)),
};

export type DashboardSearch = {
  cat?: Category;
  street?: string;
  /** A responsible unit (责任单位), as the review's matrix filters by it. */
  unit?: string;
  status?: StatusLight[];
  q?: string;
  sel?: string;
  event?: string;
  sort?: string;
  colour?: "status" | "score";
  cols?: string[];
};
type Key = keyof DashboardSearch;
const listKeys = new Set<Key>(["status", "cols"]);

export type SearchParamError = { param: string; value: string };

/**
 * `knownCategories`: the district's category ids, once loaded; a category not among them is
 * reported and dropped like any other bad value (until then any well-formed id stands).
 */
export function parseDashboardSearch(
  params: URLSearchParams,
  knownCategories?: readonly string[],
): {
  search: DashboardSearch;
  errors: SearchParamError[];
} {
  const search: Record<string, unknown> = {};
  const errors: SearchParamError[] = [];
  for (const key of Object.keys(paramSchemas) as Key[]) {
    const raw = params.get(key);
    if (raw === null || raw === "") continue;
    const value = listKeys.has(key) ? raw.split(",").filter(Boolean) : raw;
    const parsed = paramSchemas[key].safeParse(value);
    const unknownCategory = key === "cat" && knownCategories && !knownCategories.includes(raw);
    if (parsed.success && !unknownCategory) search[key] = parsed.data;
    else errors.push({ param: key, value: raw });
  }
  return { search: search as DashboardSearch, errors };
}

/** Reads and updates the shared, linkable view state. Unset keys by passing undefined. */
export function useDashboardSearch() {
  const [params, setParams] = useSearchParams();
  const categories = useCategories().data?.categories;
  const parsed = useMemo(
    () =>
      parseDashboardSearch(
        params,
        categories?.map((c) => c.id),
      ),
    [params, categories],
  );
  const update = useCallback(
    (patch: Partial<DashboardSearch>, options: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            const empty =
              value === undefined || value === "" || (Array.isArray(value) && !value.length);
            if (empty) next.delete(key);
            else next.set(key, Array.isArray(value) ? value.join(",") : String(value));
          }
          return next;
        },
        { replace: options.replace ?? true },
      );
    },
    [setParams],
  );
  return { ...parsed, update };
}
