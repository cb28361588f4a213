// The order as a Word document laid out per ГОСТ Р 7.0.97-2016: A4, Times New Roman 14 with
// single spacing, margins 20/10/20/20 mm, page numbers at the top centre from the second page,
// each appendix on a page of its own with its mark in the upper right corner.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { columnWeights, type OrderDocument, type OrderDocumentAppendix } from './order-document.js';

export const mm = (v: number) => Math.round((v * 1440) / 25.4);
/** The text block: 210 mm less the margins. */
export const textWidth = mm(180);
const indent = mm(12.5);
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const gridBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export function para(
  text: string,
  options: {
    align?: Align;
    bold?: boolean;
    firstLine?: boolean;
    before?: number;
    after?: number;
    size?: number;
    left?: number;
    right?: number;
    keepNext?: boolean;
    pageBreakBefore?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 0, line: 240 },
    indent: {
      ...(options.firstLine ? { firstLine: indent } : {}),
      ...(options.left ? { left: options.left } : {}),
      ...(options.right ? { right: options.right } : {}),
    },
    keepNext: options.keepNext ?? false,
    pageBreakBefore: options.pageBreakBefore ?? false,
    children: [new TextRun({ text, bold: options.bold ?? false, ...(options.size ? { size: options.size } : {}) })],
  });
}

/** A borderless two-column line: text at the left edge and text at the right edge. */
export function spread(left: string, right: string, before = 0): Table {
  const cell = (text: string, align: Align) =>
    new TableCell({
      width: { size: textWidth / 2, type: WidthType.DXA },
      borders: noBorders,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      verticalAlign: VerticalAlign.BOTTOM,
      children: [para(text, { align, before })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [textWidth / 2, textWidth / 2],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, AlignmentType.LEFT), cell(right, AlignmentType.RIGHT)] })],
  });
}

/** Column widths in proportion to how much each column usually holds (№ narrow, names wide). */
function columnWidths(columns: string[]): number[] {
  const weights = columnWeights(columns);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((textWidth * w) / total));
}

function grid(table: { columns: string[]; rows: string[][] }): Table {
  const widths = columnWidths(table.columns);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        para(text, {
          size: 24,
          bold: header,
          align: header || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: gridBorders,
    rows: [
      new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c, i, true)) }),
      ...table.rows.map(
        (row) => new TableRow({ cantSplit: true, children: table.columns.map((_, i) => cell(row[i] ?? '', i, false)) }),
      ),
    ],
  });
}

function acquaintanceSheet(names: string[]): Table {
  const widths = [mm(80), mm(45), mm(55)];
  const cell = (text: string, i: number) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      borders: noBorders,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children: [para(text, { before: 240, align: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT })],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: names.map(
      (name) =>
        new TableRow({
          cantSplit: true,
          children: [cell(name, 0), cell('_____________', 1), cell('«___» ________ 20___ г.', 2)],
        }),
    ),
  });
}

function appendix(a: OrderDocumentAppendix): (Paragraph | Table)[] {
  const markLeft = mm(110);
  return [
    ...a.mark.map((line, i) => para(line, { left: markLeft, pageBreakBefore: i === 0 })),
    para(a.title, { align: AlignmentType.CENTER, bold: true, before: 480, after: 240 }),
    ...a.paragraphs.map((p) => para(p, { align: AlignmentType.JUSTIFIED, firstLine: true })),
    ...(a.table ? [grid(a.table)] : []),
  ];
}

export function buildOrderDocx(d: OrderDocument): Document {
  const body: (Paragraph | Table)[] = [
    ...(d.draft ? [para('ПРОЕКТ', { align: AlignmentType.RIGHT, bold: true, after: 120 })] : []),
    ...d.orgName
      .split('\n')
      .map((line) =>
        para(line.toUpperCase(), { align: AlignmentType.CENTER, bold: true, left: mm(10), right: mm(10) }),
      ),
    para(d.docType, { align: AlignmentType.CENTER, bold: true, before: 360, size: 32 }),
    spread(d.date, d.number, 360),
    ...(d.place ? [para(d.place, { align: AlignmentType.CENTER, before: 120 })] : []),
    para(d.title, { bold: true, before: 480, after: 360, right: mm(80) }),
    ...(d.preamble ? [para(d.preamble, { align: AlignmentType.JUSTIFIED, firstLine: true })] : []),
    para(d.command, { bold: true, before: 240, after: 240, keepNext: true }),
    ...d.points.map((p) => para(p, { align: AlignmentType.JUSTIFIED, firstLine: true })),
    spread(d.signer.position, d.signer.name, 720),
    ...(d.acquaintance
      ? [para(d.acquaintance.heading, { before: 600, keepNext: true }), acquaintanceSheet(d.acquaintance.names)]
      : []),
    ...d.appendices.flatMap(appendix),
  ];
  return gostDocument(d.title, body);
}

/**
 * A4 in Times New Roman 14 with single spacing, margins 20/10/20/20 mm and the page number at the
 * top centre from the second page: the frame every printed document of the product shares.
 */
export function gostDocument(title: string, body: (Paragraph | Table)[]): Document {
  const pageNumber = new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
    ],
  });
  return new Document({
    creator: 'Наставник',
    title,
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 28 }, paragraph: { spacing: { line: 240 } } } },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(10), header: mm(10) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: body,
      },
    ],
  });
}

export async function renderOrderDocx(d: OrderDocument): Promise<Buffer> {
  return Packer.toBuffer(buildOrderDocx(d));
}
