// The order as PDF (pdfmake on the server, PT Serif embedded): the same lines and layout as the
// Word file — A4, 14 pt, margins 20/10/20/20 mm, page numbers at the top centre from page 2.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { columnWeights, type OrderDocument, type OrderDocumentAppendix } from './order-document.js';

interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let engine: PdfMake | null = null;

/** pdfmake once per process, with the fonts read from the installed package into its memory store. */
export function pdfmake(): PdfMake {
  if (engine) return engine;
  const pm = require('pdfmake') as PdfMake;
  const fontDir = path.dirname(require.resolve('@expo-google-fonts/pt-serif/package.json'));
  const faces = {
    normal: '400Regular/PTSerif_400Regular.ttf',
    bold: '700Bold/PTSerif_700Bold.ttf',
    italics: '400Regular_Italic/PTSerif_400Regular_Italic.ttf',
    bolditalics: '700Bold_Italic/PTSerif_700Bold_Italic.ttf',
  };
  const family: Record<string, string> = {};
  for (const [style, file] of Object.entries(faces)) {
    const name = `pt-serif-${style}.ttf`;
    pm.virtualfs.writeFileSync(name, readFileSync(path.join(fontDir, file)));
    family[style] = name;
  }
  pm.setFonts({ PTSerif: family });
  // Documents are built from our own records only: no remote or local files are ever fetched.
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  engine = pm;
  return pm;
}

export const pt = (mm: number) => (mm * 72) / 25.4;

/**
 * Running text with numbers like «3273-р» or «187-од» kept whole: pdfmake would otherwise break
 * after the hyphen and, in justified lines, widen the gap there.
 */
export function prose(text: string): Content {
  const parts = text.split(/(\S*\d-\p{L}\S*)/u).filter(Boolean);
  return parts.length === 1
    ? text
    : parts.map((part) => (/\d-\p{L}/u.test(part) ? { text: part, noWrap: true } : part));
}

export const textWidth = pt(180);
export const indent = pt(12.5);

function columnWidths(columns: string[]): number[] {
  const weights = columnWeights(columns);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (textWidth * w) / total - 8);
}

export const spread = (left: string, right: string, top: number): Content => ({
  columns: [
    { text: left, width: '*' },
    { text: right, width: '*', alignment: 'right' },
  ],
  margin: [0, top, 0, 0],
});

function appendix(a: OrderDocumentAppendix): Content[] {
  const table: Content[] = a.table
    ? [
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: columnWidths(a.table.columns),
            body: [
              a.table.columns.map((c): TableCell => ({ text: c, bold: true, alignment: 'center' })),
              ...a.table.rows.map(
                (row) =>
                  a.table?.columns.map(
                    (_, i): TableCell => ({ text: row[i] ?? '', alignment: i === 0 ? 'center' : 'left' }),
                  ) ?? [],
              ),
            ],
          },
          fontSize: 12,
          layout: { paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 4, paddingRight: () => 4 },
        },
      ]
    : [];
  return [
    { text: a.mark.join('\n'), margin: [pt(110), 0, 0, 0], pageBreak: 'before' },
    { text: a.title, alignment: 'center', bold: true, margin: [0, 24, 0, 12] },
    ...a.paragraphs.map((p): Content => ({ text: prose(p), alignment: 'justify', leadingIndent: indent })),
    ...table,
  ];
}

export function orderPdfDefinition(d: OrderDocument): TDocumentDefinitions {
  const content: Content[] = [
    ...(d.draft ? [{ text: 'ПРОЕКТ', alignment: 'right', bold: true, margin: [0, 0, 0, 6] } as Content] : []),
    { text: d.orgName.toUpperCase(), alignment: 'center', bold: true, margin: [pt(10), 0, pt(10), 0] },
    { text: d.docType, alignment: 'center', bold: true, fontSize: 16, margin: [0, 18, 0, 0] },
    spread(d.date, d.number, 18),
    ...(d.place ? [{ text: d.place, alignment: 'center', margin: [0, 6, 0, 0] } as Content] : []),
    { text: d.title, bold: true, margin: [0, 24, pt(80), 18] },
    ...(d.preamble ? [{ text: prose(d.preamble), alignment: 'justify', leadingIndent: indent } as Content] : []),
    { text: d.command, bold: true, margin: [0, 12, 0, 12] },
    ...d.points.map((p): Content => ({ text: prose(p), alignment: 'justify', leadingIndent: indent })),
    spread(d.signer.position, d.signer.name, 36),
    ...(d.acquaintance
      ? [
          { text: d.acquaintance.heading, margin: [0, 30, 0, 0] } as Content,
          {
            table: {
              widths: [pt(80) - 8, pt(45) - 8, pt(55) - 8],
              dontBreakRows: true,
              body: d.acquaintance.names.map((name): TableCell[] => [
                { text: name, margin: [0, 12, 0, 0] },
                { text: '_____________', alignment: 'right', margin: [0, 12, 0, 0] },
                { text: '«___» ________ 20___ г.', alignment: 'right', margin: [0, 12, 0, 0] },
              ]),
            },
            layout: 'noBorders',
          } as Content,
        ]
      : []),
    ...d.appendices.flatMap(appendix),
  ];
  return gostPdf(d.title, content);
}

/** A4, PT Serif 14 with single spacing, margins 20/10/20/20 mm, page numbers at the top from page 2. */
export function gostPdf(title: string, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [pt(20), pt(20), pt(10), pt(20)],
    info: { title, creator: 'Наставник' },
    defaultStyle: { font: 'PTSerif', fontSize: 14, lineHeight: 1 },
    header: (currentPage: number) =>
      currentPage > 1
        ? { text: String(currentPage), alignment: 'center', fontSize: 12, margin: [0, pt(10), 0, 0] }
        : null,
    content,
  };
}

export async function renderOrderPdf(d: OrderDocument): Promise<Buffer> {
  return pdfmake().createPdf(orderPdfDefinition(d)).getBuffer();
}
