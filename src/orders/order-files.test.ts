// Every kind of order, as Word and as PDF, opens in real software and reads back with its
// requisites: LibreOffice converts each .docx, pdftotext reads both PDFs. Without these tools
// (a machine with only Node.js) the test is left out with a message.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOrderContent } from './order-content.js';
import { orderKinds } from './order-contract.js';
import { orderDocument } from './order-document.js';
import { renderOrderDocx } from './order-docx.js';
import { sampleFacts } from './order-fixtures.js';
import { renderOrderPdf } from './order-pdf.js';

function tool(name: string): string | null {
  const candidates = [`/usr/bin/${name}`, `/usr/local/bin/${name}`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

const soffice = tool('soffice') ?? tool('libreoffice');
const pdftotext = tool('pdftotext');
const ready = Boolean(soffice && pdftotext);
if (!ready) {
  console.warn(
    'Order files test left out: needs LibreOffice (soffice) and pdftotext (apt-get install libreoffice-writer poppler-utils).',
  );
}

const dir = mkdtempSync(path.join(tmpdir(), 'nastavnik-orders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of a PDF with line breaks and non-breaking spaces folded into plain spaces. */
function pdfText(file: string): string {
  return execFileSync(pdftotext as string, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const requisites = [
  'МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ',
  'ПРИКАЗ',
  '20.09.2025',
  '№ 187-од',
  'г. Заречный',
  'ПРИКАЗЫВАЮ:',
  'Директор',
  'Е. А. Лаптева',
];

describe.skipIf(!ready)('order files in real software', () => {
  it('every kind converts from Word with LibreOffice and both PDFs carry the requisites and the title', async () => {
    const titles = new Map<string, string>();
    for (const kind of orderKinds) {
      const { title, content } = buildOrderContent(sampleFacts(kind));
      titles.set(kind, title);
      const doc = orderDocument({ title, content, number: '187-од', date: '2025-09-20' });
      writeFileSync(path.join(dir, `${kind}.docx`), await renderOrderDocx(doc));
      writeFileSync(path.join(dir, `${kind}-own.pdf`), await renderOrderPdf(doc));
    }
    const out = path.join(dir, 'lo');
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...orderKinds.map((k) => path.join(dir, `${k}.docx`)),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    for (const kind of orderKinds) {
      const converted = path.join(out, `${kind}.pdf`);
      expect(existsSync(converted), `${kind}.docx was not converted`).toBe(true);
      expect(readFileSync(converted).subarray(0, 5).toString()).toBe('%PDF-');
      for (const file of [converted, path.join(dir, `${kind}-own.pdf`)]) {
        const text = pdfText(file);
        for (const part of [...requisites, titles.get(kind) as string]) {
          expect(text, `${path.basename(file)}: ${part}`).toContain(part);
        }
      }
    }
    const pairs = pdfText(path.join(out, 'groups.pdf'));
    expect(pairs).toContain('Приложение 1 к приказу от 20.09.2025 № 187-од');
    expect(pairs).toContain('Орлова Дарья Викторовна');
    expect(pdfText(path.join(dir, 'groups-own.pdf'))).toContain('Состав наставнических пар (групп)');
  }, 180_000);
});
