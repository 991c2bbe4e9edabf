/**
 * Parses a block copied from Excel / WPS / a browser table: rows separated by newlines, cells by
 * tabs. Excel ends the block with a newline, which is not an extra empty row. A cell holding a tab,
 * newline or quote is quoted by Excel ("a""b"), so quotes are honoured. Cells are trimmed.
 */
export function parsePastedBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell.trim());
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === "\t") endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  // The trailing newline Excel adds leaves nothing pending: only a real last row is kept.
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/** True when pasted text is more than one cell (a plain paste into one cell is left alone). */
export function isBlock(text: string): boolean {
  return /[\t\r\n]/.test(text.replace(/[\r\n]+$/, ""));
}
