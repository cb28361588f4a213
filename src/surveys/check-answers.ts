// Whether a set of answers fits the questions: the right kind of value for each type, known
// option ids, required questions answered, nothing about questions the survey does not ask. Pure,
// so that the rule is tested on many generated cases.
import type { FieldError } from '../errors/app-error.js';
import type { Answers, AnswerValue, Question } from './survey-contract.js';

const scaleTop = { scale5: 5, scale10: 10 } as const;

function isEmpty(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The problem with one answer, as a validation message key, or null when it fits. */
function answerProblem(q: Question, value: AnswerValue): string | null {
  const optionIds = new Set((q.options ?? []).map((o) => o.id));
  switch (q.type) {
    case 'single':
      if (typeof value !== 'string') return 'v.answerType';
      return optionIds.has(value) ? null : 'v.unknownOption';
    case 'multiple':
      if (!Array.isArray(value)) return 'v.answerType';
      if (new Set(value).size !== value.length) return 'v.repeated';
      return value.every((v) => optionIds.has(v)) ? null : 'v.unknownOption';
    case 'scale5':
    case 'scale10':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'v.answerType';
      return value >= 1 && value <= scaleTop[q.type] ? null : 'v.scaleRange';
    case 'text':
      return typeof value === 'string' ? null : 'v.answerType';
  }
}

export function checkAnswers(questions: readonly Question[], answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors.push({ path: `answers.${id}`, message: 'v.unknownQuestion' });
  }
  for (const q of questions) {
    const value = answers[q.id];
    if (isEmpty(value)) {
      if (q.required) errors.push({ path: `answers.${q.id}`, message: 'v.required' });
      continue;
    }
    const problem = answerProblem(q, value as AnswerValue);
    if (problem) errors.push({ path: `answers.${q.id}`, message: problem });
  }
  return errors;
}

/** Answers as kept: empty ones dropped, texts trimmed. */
export function normalizeAnswers(questions: readonly Question[], answers: Answers): Answers {
  const out: Answers = {};
  for (const q of questions) {
    const value = answers[q.id];
    if (value === undefined || isEmpty(value)) continue;
    out[q.id] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}
