import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../bench/staff-files.js';
import { importFields, matchHeaders } from './match-headers.js';
import { parseRow } from './parse-row.js';
import { looksLikeXlsx, readXlsx, UnreadableFileError } from './read-xlsx.js';
import { buildTemplate } from './template.js';

describe('reading .xlsx', () => {
  it('gives plain values with the row numbers Excel shows, rich text, links and formulas included', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Лист1');
    sheet.addRow(['Фамилия', 'E-mail', 'Год']);
    sheet.addRow([]);
    sheet.addRow([
      { richText: [{ text: 'Ёлки' }, { text: 'на', font: { bold: true } }] },
      { text: 'elkina@school.ru', hyperlink: 'mailto:elkina@school.ru' },
      { formula: '2000+15', result: 2015 },
    ]);
    const rows = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { row: 1, cells: ['Фамилия', 'E-mail', 'Год'] },
      { row: 3, cells: ['Ёлкина', 'elkina@school.ru', 2015] },
    ]);
  });

  it('keeps date cells as dates', async () => {
    const rows = await readXlsx(await toXlsx([['Дата'], [new Date('1990-03-05T00:00:00Z')]]));
    expect(rows[1]?.cells[0]).toEqual(new Date('1990-03-05T00:00:00Z'));
  });

  it('refuses what is not a workbook', async () => {
    const junk = new TextEncoder().encode('Фамилия;Имя');
    expect(looksLikeXlsx(junk)).toBe(false);
    await expect(readXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toBeInstanceOf(
      UnreadableFileError,
    );
  });
});

describe('the template', () => {
  it('has every header the import knows, an example row it accepts, and a «Справка» sheet', async () => {
    const bytes = await buildTemplate();
    const rows = await readXlsx(bytes);
    const match = matchHeaders(rows[0]?.cells ?? []);
    expect(Object.keys(match.columns).sort()).toEqual([...importFields].sort());
    const example = parseRow(rows[1] ?? { row: 2, cells: [] }, match, 'ru');
    expect(example).toMatchObject({ kind: 'ok', data: { lastName: 'Петрова', birthDate: '1995-04-12' } });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const help = workbook.getWorksheet('Справка');
    expect(help?.getCell('A2').value).toBe('Фамилия');
    expect(workbook.worksheets[0]?.getColumn(1).width).toBeGreaterThan(10);
  });
});
