// A paper (consent form, agreement) as a Word document in the orders' frame: the same page,
// font, margins and page numbers, its blocks laid out like the parts of an order.
import {
  AlignmentType,
  Packer,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type Align, gostDocument, mm, noBorders, para, spread, textWidth } from './order-docx.js';
import type { PaperBlock, PaperDocument } from './paper-document.js';

/** The parties' blocks side by side, each with its own heading and lines. */
function parties(list: { heading: string; lines: string[] }[]): Table {
  const width = Math.floor(textWidth / list.length);
  const gutter = mm(5);
  const cell = (p: { heading: string; lines: string[] }, i: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: noBorders,
      margins: { left: i === 0 ? 0 : gutter, right: i === list.length - 1 ? 0 : gutter, top: 0, bottom: 0 },
      verticalAlign: VerticalAlign.TOP,
      children: [
        para(p.heading, { bold: true, after: 120 }),
        ...p.lines.map((line) => para(line, { before: line.startsWith('_') ? 360 : 0 })),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: list.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: list.map(cell) })],
  });
}

/** Small words under the blanks, at the same edges as the blanks above them. */
function hint(left: string, right: string): Table {
  const cell = (text: string, align: Align) =>
    new TableCell({
      width: { size: textWidth / 2, type: WidthType.DXA },
      borders: noBorders,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children: [para(text, { align, size: 20 })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [textWidth / 2, textWidth / 2],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, AlignmentType.LEFT), cell(right, AlignmentType.RIGHT)] })],
  });
}

function block(b: PaperBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'corner':
      return b.lines.map((line) => para(line, { left: mm(95) }));
    case 'title':
      return b.lines.map((line, i) =>
        para(i === 0 ? line.toUpperCase() : line, {
          align: AlignmentType.CENTER,
          bold: true,
          before: i === 0 ? 480 : 0,
          after: i === b.lines.length - 1 ? 360 : 0,
        }),
      );
    case 'spread':
      return [spread(b.left, b.right, b.gap ? 720 : 240)];
    case 'text':
      return [
        para(b.text, {
          align: AlignmentType.JUSTIFIED,
          firstLine: !b.plain,
          before: b.gap ? 360 : 0,
          after: 60,
        }),
      ];
    case 'line':
      return [para(b.text, { after: 60 })];
    case 'section':
      return [para(b.text, { align: AlignmentType.CENTER, bold: true, before: 240, after: 120, keepNext: true })];
    case 'parties':
      return [para('', { before: 240 }), parties(b.parties)];
    case 'hint':
      return [hint(b.left, b.right)];
  }
}

export async function renderPaperDocx(d: PaperDocument): Promise<Buffer> {
  return Packer.toBuffer(gostDocument(d.title, d.blocks.flatMap(block)));
}
