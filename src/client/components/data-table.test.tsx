import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type DataColumn, DataTable } from "./data-table";

type Row = { id: string; name: string; score: number };
const columns: DataColumn<Row>[] = [
  { id: "name", header: "项目", rowHeader: true, cell: (r) => r.name },
  { id: "score", header: "得分", numeric: true, cell: (r) => r.score.toFixed(2) },
];
const rows: Row[] = [
  { id: "a", name: "甲", score: 88.5 },
  { id: "b", name: "乙", score: 79 },
];

describe("DataTable", () => {
  it("renders a captioned table, the row's name as its header and figures right-aligned", () => {
    const html = renderToStaticMarkup(
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} caption="排名" />,
    );
    expect(html).toContain("<caption>排名</caption>");
    expect(html).toContain('<th scope="col" class="num">得分</th>');
    expect(html).toContain('<th scope="row">甲</th><td class="num">88.50</td>');
    expect(html).not.toContain("data-label");
  });

  it("as phone cards, each cell carries its heading and the table says it is a card list", () => {
    const html = renderToStaticMarkup(
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        cards
        captionHidden
        caption="x"
      />,
    );
    expect(html).toContain('class="data-table data-table--cards"');
    expect(html).toContain('<caption class="visually-hidden">x</caption>');
    expect(html).toContain('<td data-label="得分" class="num">79.00</td>');
    // The row header names the card itself; it needs no label.
    expect(html).toContain('<th scope="row">乙</th>');
  });

  it("shows the empty message instead of an empty table", () => {
    const html = renderToStaticMarkup(
      <DataTable columns={columns} rows={[]} rowKey={(r) => r.id} empty="没有数据" />,
    );
    expect(html).toBe('<div class="state state--empty">没有数据</div>');
  });

  it("passes row attributes through, for tests and selection", () => {
    const html = renderToStaticMarkup(
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({
          "data-project-id": r.id,
          className: r.id === "a" ? "is-selected" : undefined,
        })}
      />,
    );
    expect(html).toContain(
      '<tr data-index="0" aria-rowindex="2" data-project-id="a" class="is-selected">',
    );
  });

  it("counts every row for screen readers and draws only a window of a long list", () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `p${i}`,
      name: `项目${i}`,
      score: i,
    }));
    const html = renderToStaticMarkup(
      <DataTable columns={columns} rows={many} rowKey={(r) => r.id} />,
    );
    expect(html).toContain('aria-rowcount="2001"');
    expect(html).toContain('<tr aria-rowindex="1">');
    const drawn = html.match(/aria-rowindex="\d+"/g) ?? [];
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThan(100);
  });

  it("draws every row of a short list, numbered from 2 after the header", () => {
    const html = renderToStaticMarkup(
      <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} />,
    );
    expect(html).toContain('aria-rowcount="3"');
    expect(html).toContain('aria-rowindex="3"');
    expect(html).not.toContain("table-spacer");
  });

  it("with sortable columns, starts in the given order and marks it with aria-sort", () => {
    const sortable = columns.map((c) => ({
      ...c,
      sortValue: (r: Row) => (c.id === "score" ? r.score : r.name),
    }));
    const html = renderToStaticMarkup(
      <DataTable
        columns={sortable}
        rows={[...rows].reverse()}
        rowKey={(r) => r.id}
        defaultSort={{ id: "score", desc: true }}
      />,
    );
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('aria-sort="none"');
    expect(html.indexOf("88.50")).toBeLessThan(html.indexOf("79.00"));
    expect(html).toContain('<button type="button" class="data-table__sort">得分');
  });
});
