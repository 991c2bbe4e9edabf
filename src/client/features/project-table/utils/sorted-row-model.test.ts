import {
  type ColumnDef,
  createTable,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  type TableOptionsResolved,
} from "@tanstack/react-table";
import { describe, expect, it } from "vitest";
import { sortedRowModelWithoutCopies } from "./sorted-row-model";

type Row = { id: string; name: string; score?: number };
const data: Row[] = [
  { id: "a", name: "b", score: 3 },
  { id: "b", name: "a" },
  { id: "c", name: "c", score: 1 },
  { id: "d", name: "a", score: 3 },
  { id: "e", name: "d" },
];
const columns: ColumnDef<Row>[] = [
  {
    id: "name",
    accessorFn: (r) => r.name,
    sortingFn: (a, b) => a.original.name.localeCompare(b.original.name),
  },
  { id: "score", accessorFn: (r) => r.score, sortingFn: "basic", sortUndefined: "last" },
];

function order(sorting: SortingState, model: TableOptionsResolved<Row>["getSortedRowModel"]) {
  const table = createTable<Row>({
    data,
    columns,
    state: { sorting },
    onStateChange: () => {},
    renderFallbackValue: null,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: model,
  });
  return table.getRowModel().rows.map((r) => r.id);
}

describe("sortedRowModelWithoutCopies", () => {
  for (const sorting of [
    [],
    [{ id: "name", desc: false }],
    [{ id: "name", desc: true }],
    [{ id: "score", desc: false }],
    [{ id: "score", desc: true }],
  ])
    it(`orders as react-table does: ${JSON.stringify(sorting)}`, () => {
      expect(order(sorting, sortedRowModelWithoutCopies())).toEqual(
        order(sorting, getSortedRowModel()),
      );
    });

  it("keeps unscored rows last both ways", () => {
    expect(order([{ id: "score", desc: true }], sortedRowModelWithoutCopies()).slice(-2)).toEqual([
      "b",
      "e",
    ]);
  });
});
