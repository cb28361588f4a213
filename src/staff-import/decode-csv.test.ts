import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staffHeaders, toCp1251, toCsv } from '../../bench/staff-files.js';
import { decodeText, detectSeparator, parseCsv, readCsv } from './decode-csv.js';

// Text that Russian staff lists hold, plus everything that makes CSV hard: both separators,
// quotes and line breaks inside fields.
const alphabet = [
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
  ...'abcXYZ0123456789 .-@()+№',
  ';',
  ',',
  '"',
  '\n',
];
const field = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 });
const table = fc
  .integer({ min: 2, max: 6 })
  .chain((width) =>
    fc
      .array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 0, maxLength: 8 })
      .map((rows) => [staffHeaders.slice(0, width), ...rows]),
  );

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

describe('reading CSV', () => {
  it('round-trips tables through UTF-8, UTF-8 with BOM and Windows-1251, with either separator', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom(';' as const, ',' as const),
        fc.constantFrom(utf8, withBom, toCp1251),
        (rows, separator, encode) => {
          const read = readCsv(encode(toCsv(rows, separator)));
          expect(read.map((r) => r.cells)).toEqual(rows);
          // One spreadsheet row per record, even when a quoted field spans lines.
          expect(read.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
        },
      ),
    );
  });

  it('keeps «ё» and tells Windows-1251 from UTF-8', () => {
    expect(decodeText(toCp1251('Фамилия;Имя\r\nЁлкина;Алёна'))).toBe('Фамилия;Имя\r\nЁлкина;Алёна');
    expect(decodeText(withBom('Ёж'))).toBe('Ёж');
    expect(decodeText(utf8('Ёж'))).toBe('Ёж');
  });

  it('picks the separator of the header line, ignoring separators inside quotes', () => {
    expect(detectSeparator('Фамилия;Имя;"Предметы, через запятую"\nа,б,в,г')).toBe(';');
    expect(detectSeparator('Фамилия,Имя,"Стаж; лет"')).toBe(',');
    expect(detectSeparator('Фамилия')).toBe(';');
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const rows = parseCsv('a;"b;c";"say ""hi"""\r\n"x\ny";;z\n', ';');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b;c', 'say "hi"'] },
      { row: 2, cells: ['x\ny', '', 'z'] },
    ]);
  });
});
