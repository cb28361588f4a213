// The figures of a survey, question by question: counts per option, mean, median and distribution
// for scales, the texts for open questions. Pure. Texts of an anonymous survey come without names
// and in alphabetical order, so that neither the name nor the order of answering gives anyone away.
import { z } from 'zod';
import type { Answers, Question } from './survey-contract.js';

export const questionResultSchema = z.object({
  id: z.string(),
  text: z.string(),
  type: z.string(),
  answered: z.number().int(),
  options: z.array(z.object({ id: z.string(), text: z.string(), count: z.number().int() })).optional(),
  scale: z
    .object({
      mean: z.number().nullable(),
      median: z.number().nullable(),
      distribution: z.array(z.object({ value: z.number().int(), count: z.number().int() })),
    })
    .optional(),
  texts: z.array(z.object({ text: z.string(), respondentName: z.string().nullable() })).optional(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

export const surveyResultsSchema = z
  .object({ surveyId: z.uuid(), responses: z.number().int(), questions: z.array(questionResultSchema) })
  .meta({ id: 'SurveyResults' });

export interface ResultInput {
  answers: Answers;
  respondentName: string | null;
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function questionResult(q: Question, inputs: readonly ResultInput[], anonymous: boolean): QuestionResult {
  const given = inputs.filter((i) => i.answers[q.id] !== undefined);
  const base = { id: q.id, text: q.text, type: q.type, answered: given.length };
  if (q.type === 'single' || q.type === 'multiple') {
    const counts = new Map<string, number>();
    for (const i of given) {
      const v = i.answers[q.id];
      for (const id of Array.isArray(v) ? v : [v]) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
    }
    return {
      ...base,
      options: (q.options ?? []).map((o) => ({ id: o.id, text: o.text, count: counts.get(o.id) ?? 0 })),
    };
  }
  if (q.type === 'scale5' || q.type === 'scale10') {
    const values = given.map((i) => Number(i.answers[q.id])).sort((a, b) => a - b);
    const top = q.type === 'scale5' ? 5 : 10;
    const distribution = Array.from({ length: top }, (_, k) => ({
      value: k + 1,
      count: values.filter((v) => v === k + 1).length,
    }));
    const mean = values.length ? round2(values.reduce((a, b) => a + b, 0) / values.length) : null;
    return { ...base, scale: { mean, median: median(values), distribution } };
  }
  const texts = given.map((i) => ({
    text: String(i.answers[q.id]),
    respondentName: anonymous ? null : i.respondentName,
  }));
  if (anonymous) texts.sort((a, b) => a.text.localeCompare(b.text, 'ru'));
  return { ...base, texts };
}

export function computeResults(questions: readonly Question[], inputs: readonly ResultInput[], anonymous: boolean) {
  return { responses: inputs.length, questions: questions.map((q) => questionResult(q, inputs, anonymous)) };
}
