// A one-off paper that is not an order — a consent form, a supplementary agreement — as final lines
// of text in a few kinds of blocks. Pure; the Word and PDF renderers lay the blocks out with the
// same page, font and margins as the orders (ГОСТ Р 7.0.97-2016).

export type PaperBlock =
  /** Lines in the upper right part of the page: the addressee of an application, the sender. */
  | { type: 'corner'; lines: string[] }
  /** The document's name, centred and bold (the first line in capitals). */
  | { type: 'title'; lines: string[] }
  /** One line with text at both edges: the place and the date, a date and a signature. */
  | { type: 'spread'; left: string; right: string; gap?: boolean }
  /** Running text, justified with an indented first line; `plain` drops the indent. */
  | { type: 'text'; text: string; plain?: boolean; gap?: boolean }
  /** A line as it is, at the left edge: the lines with blanks of a form to fill by hand. */
  | { type: 'line'; text: string }
  /** A numbered section's heading, centred and bold. */
  | { type: 'section'; text: string }
  /** Side-by-side blocks of the parties' requisites and signatures. */
  | { type: 'parties'; parties: { heading: string; lines: string[] }[] }
  /** A small explanation under a blank line: «(подпись)», «(дата)». */
  | { type: 'hint'; left: string; right: string };

export interface PaperDocument {
  title: string;
  blocks: PaperBlock[];
}

/** The blank a person fills in by hand. */
export const blankDate = '«___» ____________ 20___ г.';
export const blankLine = '____________________';

function linesOf(b: PaperBlock): string[] {
  switch (b.type) {
    case 'corner':
    case 'title':
      return b.lines;
    case 'spread':
    case 'hint':
      return [`${b.left} ${b.right}`.trim()];
    case 'text':
    case 'line':
    case 'section':
      return [b.text];
    case 'parties':
      return b.parties.flatMap((p) => [p.heading, ...p.lines]);
  }
}

/** Every line a reader finds in the paper, in order: for tests and text search. */
export function paperLines(d: PaperDocument): string[] {
  return d.blocks.flatMap(linesOf);
}
