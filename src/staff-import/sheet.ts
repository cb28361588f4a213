// What the readers of .xlsx and .csv hand on: rows of plain cell values with the row number the
// person sees in their spreadsheet program, so every later error can point at the right line.

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based, as the spreadsheet numbers it (the header is usually row 1). */
  row: number;
  cells: Cell[];
}

/** A cell as text: numbers without a trailing «.0», dates left to the callers that expect them. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}
