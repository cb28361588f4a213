// A paper (consent form, agreement) as PDF in the orders' frame: pdfmake with PT Serif, the same
// page, margins and page numbers as the printed orders and the same blocks as the Word file.
import type { Content } from 'pdfmake/interfaces.js';
import { gostPdf, indent, pdfmake, prose, pt, spread } from './order-pdf.js';
import type { PaperBlock, PaperDocument } from './paper-document.js';

function block(b: PaperBlock): Content[] {
  switch (b.type) {
    case 'corner':
      return [{ text: b.lines.join('\n'), margin: [pt(95), 0, 0, 0] }];
    case 'title':
      return [
        {
          text: b.lines.map((line, i) => (i === 0 ? line.toUpperCase() : line)).join('\n'),
          alignment: 'center',
          bold: true,
          margin: [0, 24, 0, 18],
        },
      ];
    case 'spread':
      return [spread(b.left, b.right, b.gap ? 36 : 12)];
    case 'text':
      return [
        {
          text: prose(b.text),
          alignment: 'justify',
          ...(b.plain ? {} : { leadingIndent: indent }),
          margin: [0, b.gap ? 18 : 0, 0, 3],
        },
      ];
    case 'line':
      return [{ text: b.text, margin: [0, 0, 0, 3] }];
    case 'section':
      return [{ text: b.text, alignment: 'center', bold: true, margin: [0, 12, 0, 6] }];
    case 'parties':
      return [
        {
          columns: b.parties.map((p) => ({
            width: '*',
            stack: [
              { text: p.heading, bold: true, margin: [0, 0, 0, 6] },
              ...p.lines.map((line): Content => ({ text: line, margin: [0, line.startsWith('_') ? 18 : 0, 0, 0] })),
            ],
          })),
          columnGap: pt(10),
          margin: [0, 12, 0, 0],
          unbreakable: true,
        } as Content,
      ];
    case 'hint':
      return [
        {
          columns: [
            { text: b.left, width: '*', fontSize: 10 },
            { text: b.right, width: '*', fontSize: 10, alignment: 'right' },
          ],
        },
      ];
  }
}

export async function renderPaperPdf(d: PaperDocument): Promise<Buffer> {
  return pdfmake()
    .createPdf(gostPdf(d.title, d.blocks.flatMap(block)))
    .getBuffer();
}
