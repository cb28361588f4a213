// Builds staff spreadsheets the way schools send them (.xlsx, CSV in UTF-8 or Windows-1251), for
// the import benchmark, its tests and the browser journey.
import ExcelJS from 'exceljs';
import type { DemoStaffInput } from '../src/demo/people.js';

export type FileCell = string | number | Date | null;

export const staffHeaders = [
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'Должность',
  'Предметы',
  'Год начала педагогической работы',
  'Дата приёма',
  'Квалификационная категория',
  'E-mail',
  'Телефон',
];

const categoryWords = {
  none: 'без категории',
  first: 'первая',
  highest: 'высшая',
  methodist: 'педагог-методист',
  mentor: 'педагог-наставник',
} as const;

/** 1995-04-12 → 12.04.1995, as Russian spreadsheets show dates. */
export function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Rows under `staffHeaders`; in workbooks the dates go as real date cells, in CSV as dd.mm.yyyy. */
export function staffRows(people: readonly DemoStaffInput[], dates: 'cells' | 'text'): FileCell[][] {
  const date = (iso: string) => (dates === 'cells' ? new Date(`${iso}T00:00:00Z`) : ruDate(iso));
  return people.map((p) => [
    p.lastName,
    p.firstName,
    p.middleName,
    date(p.birthDate),
    p.position,
    p.subjects.join(', '),
    p.teachingSince,
    date(p.hiredOn),
    categoryWords[p.qualificationCategory],
    p.email,
    p.phone,
  ]);
}

function csvField(cell: FileCell, separator: string): string {
  const text = cell === null ? '' : cell instanceof Date ? ruDate(cell.toISOString()) : String(cell);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly FileCell[])[], separator: ';' | ',' = ';'): string {
  return `${rows.map((r) => r.map((c) => csvField(c, separator)).join(separator)).join('\r\n')}\r\n`;
}

let cp1251Table: Map<string, number> | null = null;

/** Windows-1251 bytes of a text (the encoder Node lacks), built from the decoder's table. */
export function toCp1251(text: string): Uint8Array {
  if (!cp1251Table) {
    cp1251Table = new Map();
    const decoded = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    for (let i = 0; i < 256; i++) cp1251Table.set(decoded[i] as string, i);
  }
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = cp1251Table.get(text[i] as string);
    if (byte === undefined) throw new RangeError(`not in Windows-1251: ${text[i]}`);
    out[i] = byte;
  }
  return out;
}

export async function toXlsx(rows: readonly (readonly FileCell[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Работники');
  for (const r of rows) {
    const row = sheet.addRow([...r]);
    r.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = 'dd.mm.yyyy';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
