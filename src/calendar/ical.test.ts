import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ical.js';

describe('iCalendar', () => {
  it('builds all-day events with escaped text and CRLF line ends', () => {
    const text = buildCalendar(
      'Наставничество',
      [
        {
          uid: 'a1@nastavnik',
          date: '2026-12-31',
          summary: 'Открытый урок; 7 «А», алгебра',
          description: 'строка 1\nстрока 2',
        },
      ],
      new Date('2026-11-24T10:00:00Z'),
    );
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('SUMMARY:Открытый урок\\; 7 «А»\\, алгебра');
    expect(text).toContain('DESCRIPTION:строка 1\\nстрока 2');
    expect(text).toContain('DTSTAMP:20261124T100000Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `SUMMARY:${escapeText(s)}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        const octets = parts.every((p) => new TextEncoder().encode(p).length <= 75);
        return octets && parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('') === line;
      }),
    );
  });
});
