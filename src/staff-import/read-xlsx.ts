// The first worksheet of an .xlsx workbook as plain rows. Cells come in many shapes (rich text,
// hyperlinks — e-mails usually are — formulas with cached results); each is reduced to its value.
import ExcelJS from 'exceljs';
import type { Cell, SheetRow } from './sheet.js';

export class UnreadableFileError extends Error {
  constructor(cause: unknown) {
    super('unreadable workbook', { cause });
    this.name = 'UnreadableFileError';
  }
}

type RawValue = ExcelJS.CellValue;

function plain(value: RawValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) {
    const text = typeof value.text === 'string' ? value.text : plain(value.text as RawValue);
    return text ?? value.hyperlink.replace(/^mailto:/i, '');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: RawValue }).result;
    return result === undefined ? null : plain(result);
  }
  // An error cell (#N/A and the like) holds nothing importable.
  return null;
}

/** A zip archive (every .xlsx is one) starts with «PK\x03\x04». */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new UnreadableFileError(error);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    // row.values is 1-based with a hole at 0; a sparse row keeps its holes as nulls.
    const values = row.values as RawValue[];
    for (let c = 1; c < values.length; c++) cells.push(plain(values[c]));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}
