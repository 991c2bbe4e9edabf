import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { type CategoryBook, categoryBook, seedCategoryRecords } from "../../domain/category";
import { type Credentials, sessionCredentials } from "../api/credentials";
import { categoriesQueryOptions } from "../api/project-admin";

/**
 * The district's categories (names, order, colours) for a screen. Until the list has loaded, the
 * seed's two stand in, so a label never flashes as a bare id for them.
 */
export function useCategoryBook(credentials: Credentials = sessionCredentials): CategoryBook {
  const records = useQuery(categoriesQueryOptions(credentials)).data?.categories;
  return useMemo(() => categoryBook(records ?? seedCategoryRecords), [records]);
}
