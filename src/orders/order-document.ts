// The printed order as final lines of text, the same for Word and PDF: heading, requisites,
// grounds, numbered points, signature, acquaintance sheet and appendices with their marks
// (ГОСТ Р 7.0.97-2016). Pure; both renderers only lay these strings out.
import { formatRuDate } from '../shared/dates.js';
import type { OrderContent, OrderPoint } from './order-contract.js';

export interface OrderDocumentInput {
  title: string;
  content: OrderContent;
  /** Null for a draft: the blanks are left for the number and date. */
  number: string | null;
  date: string | null;
}

export interface OrderDocumentAppendix {
  /** «Приложение 1», «к приказу от 01.09.2025 № 187-од», printed in the upper right corner. */
  mark: string[];
  title: string;
  paragraphs: string[];
  table: { columns: string[]; rows: string[][] } | null;
}

export interface OrderDocument {
  draft: boolean;
  orgName: string;
  docType: string;
  date: string;
  number: string;
  place: string | null;
  title: string;
  preamble: string | null;
  command: string;
  points: string[];
  signer: { position: string; name: string };
  acquaintance: { heading: string; names: string[] } | null;
  appendices: OrderDocumentAppendix[];
}

const blankDate = '«___» __________ 20___ г.';
const blankNumber = '№ ______';

const withStop = (text: string) => (/[.!?…»"]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Keeps together what a line must not split: «№ 7», initials and the surname after them
 * («Е. А. Лаптева», «Лаптева Е. А.»).
 */
export function typeset(text: string): string {
  return text
    .replace(/№ (?=\S)/g, '№\u00a0')
    .replace(/(?<=(?<!\p{L})\p{Lu}\.) (?=\p{Lu}[.\p{Ll}])/gu, '\u00a0')
    .replace(/(?<=\p{Ll}) (?=\p{Lu}\.\s?\p{Lu}\.)/gu, '\u00a0');
}

export function pointText(p: OrderPoint): string {
  const parts = [withStop(p.text)];
  if (p.responsible) parts.push(`Ответственный: ${withStop(p.responsible)}`);
  if (p.due) parts.push(`Срок: ${withStop(p.due)}`);
  return parts.join(' ');
}

export function orderDocument(input: OrderDocumentInput): OrderDocument {
  const t = typeset;
  const content = input.content;
  const draft = input.number === null;
  const dateText = input.date ? formatRuDate(input.date) : blankDate;
  const numberText = input.number ? `№ ${input.number}` : blankNumber;
  const reference = input.date && input.number ? `от ${dateText} № ${input.number}` : 'от ____________ № ______';
  const grounds = content.grounds.length
    ? `${content.groundsIntro ? `${content.groundsIntro} ` : ''}${content.grounds.join(', ')}`
    : null;
  const points = [...content.points.map(pointText), withStop(content.control)].map((t, i) => `${i + 1}. ${t}`);
  return {
    draft,
    orgName: t(content.orgName),
    docType: 'ПРИКАЗ',
    date: dateText,
    number: t(numberText),
    place: content.place,
    title: t(input.title),
    preamble: grounds ? t(`${grounds.replace(/[.,;\s]+$/, '')},`) : null,
    command: 'ПРИКАЗЫВАЮ:',
    points: points.map(t),
    signer: { position: t(content.signer.position), name: t(content.signer.name) },
    acquaintance: content.acquaintance.length
      ? { heading: 'С приказом ознакомлены:', names: content.acquaintance.map(t) }
      : null,
    appendices: content.appendices.map((a, i) => ({
      mark: [`Приложение ${i + 1}`, 'к приказу', t(reference)],
      title: t(a.title),
      paragraphs: a.paragraphs.map(t),
      table: a.table ? { columns: a.table.columns, rows: a.table.rows.map((r) => r.map(t)) } : null,
    })),
  };
}

/** How wide each table column is, relative to the others: numbers narrow, descriptions wide. */
export function columnWeights(columns: readonly string[]): number[] {
  return columns.map((c) => {
    if (c.startsWith('№')) return 0.6;
    if (c === 'Срок' || c === 'Сроки') return 1.4;
    if (c.startsWith('Содержание')) return 4.6;
    if (c === 'Ответственные' || c === 'Этап') return 2;
    return 2.4;
  });
}

/** Every line a reader finds in the document, in order: for tests and text search. */
export function orderDocumentLines(d: OrderDocument): string[] {
  return [
    ...(d.draft ? ['ПРОЕКТ'] : []),
    d.orgName,
    d.docType,
    d.date,
    d.number,
    ...(d.place ? [d.place] : []),
    d.title,
    ...(d.preamble ? [d.preamble] : []),
    d.command,
    ...d.points,
    `${d.signer.position} ${d.signer.name}`,
    ...(d.acquaintance ? [d.acquaintance.heading, ...d.acquaintance.names] : []),
    ...d.appendices.flatMap((a) => [
      ...a.mark,
      a.title,
      ...a.paragraphs,
      ...(a.table ? [a.table.columns.join(' | '), ...a.table.rows.map((r) => r.join(' | '))] : []),
    ]),
  ];
}
