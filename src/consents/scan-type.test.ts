import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanFileName, scanTypeOf } from './scan-type.js';

const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);

describe('scan types', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(scanTypeOf(pdf)).toBe('application/pdf');
    expect(scanTypeOf(jpeg)).toBe('image/jpeg');
    expect(scanTypeOf(png)).toBe('image/png');
  });

  it('refuses anything else, including truncated signatures and Word files', () => {
    expect(scanTypeOf(new Uint8Array())).toBeNull();
    expect(scanTypeOf(pdf.slice(0, 3))).toBeNull();
    expect(scanTypeOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBeNull(); // .docx is a zip
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const type = scanTypeOf(bytes);
        if (type === null) return true;
        return bytes[0] === 0x25 || bytes[0] === 0xff || bytes[0] === 0x89;
      }),
    );
  });

  it('makes a safe name with the right ending', () => {
    expect(scanFileName('Согласие Ивановой.PDF', 'application/pdf')).toBe('Согласие Ивановой.pdf');
    expect(scanFileName('C:\\Сканы\\лист 1.jpeg', 'image/jpeg')).toBe('лист 1.jpg');
    expect(scanFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(scanFileName('', 'application/pdf')).toBe('scan.pdf');
    expect(scanFileName('a"b\u0001.png', 'image/png')).toBe('ab.png');
    fc.assert(
      fc.property(fc.string(), (name) => {
        const safe = scanFileName(name, 'application/pdf');
        const clean = [...safe].every((c) => c.charCodeAt(0) >= 32 && !'\\/"'.includes(c));
        return safe.endsWith('.pdf') && clean && safe.length <= 154;
      }),
    );
  });
});
