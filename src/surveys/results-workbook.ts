// The results as an Excel workbook for the curator's report: a summary sheet (the same figures as
// the results endpoint) and a sheet with every answer, a row per respondent. Names appear only for
// named surveys, sorted by name; an anonymous survey's rows are sorted by content, not by the order of answering.
import ExcelJS from 'exceljs';
import type { QuestionResult } from './compute-results.js';
import type { Answers, AnswerValue, Question } from './survey-contract.js';

export interface WorkbookInput {
  title: string;
  anonymous: boolean;
  questions: readonly Question[];
  results: readonly QuestionResult[];
  responses: readonly { answers: Answers; respondentName: string | null; submittedOn: string }[];
}

function shown(q: Question, value: AnswerValue | undefined): string | number {
  if (value === undefined) return '';
  const label = (id: string) => q.options?.find((o) => o.id === id)?.text ?? id;
  if (Array.isArray(value)) return value.map(label).join('; ');
  if (q.type === 'single' && typeof value === 'string') return label(value);
  return value;
}

function summarySheet(book: ExcelJS.Workbook, input: WorkbookInput): void {
  const sheet = book.addWorksheet('Итоги');
  sheet.columns = [{ width: 60 }, { width: 40 }, { width: 14 }];
  sheet.addRow([input.title]).font = { bold: true, size: 13 };
  sheet.addRow(['Ответов', input.responses.length]);
  for (const r of input.results) {
    sheet.addRow([]);
    sheet.addRow([r.text, `ответили: ${r.answered}`]).font = { bold: true };
    for (const o of r.options ?? []) sheet.addRow(['', o.text, o.count]);
    if (r.scale) {
      sheet.addRow(['', 'Среднее', r.scale.mean ?? '']);
      sheet.addRow(['', 'Медиана', r.scale.median ?? '']);
      for (const d of r.scale.distribution) sheet.addRow(['', `Оценка ${d.value}`, d.count]);
    }
    for (const t of r.texts ?? []) sheet.addRow(['', t.respondentName ? `${t.respondentName}: ${t.text}` : t.text]);
  }
}

function answersSheet(book: ExcelJS.Workbook, input: WorkbookInput): void {
  const sheet = book.addWorksheet('Ответы');
  const head = input.anonymous ? ['№'] : ['№', 'Респондент', 'Дата'];
  sheet.addRow([...head, ...input.questions.map((q) => q.text)]).font = { bold: true };
  const rows = input.responses.map((r) => ({
    who: input.anonymous ? [] : [r.respondentName ?? '', r.submittedOn.split('-').reverse().join('.')],
    cells: input.questions.map((q) => shown(q, r.answers[q.id])),
  }));
  // Named answers read best by name; anonymous ones by content, so their order tells nothing.
  const sortKey = (r: (typeof rows)[number]) => (input.anonymous ? JSON.stringify(r.cells) : String(r.who[0]));
  rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'ru'));
  rows.forEach((r, i) => {
    sheet.addRow([i + 1, ...r.who, ...r.cells]);
  });
}

export async function resultsWorkbook(input: WorkbookInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Наставник';
  summarySheet(book, input);
  answersSheet(book, input);
  return Buffer.from(await book.xlsx.writeBuffer());
}
