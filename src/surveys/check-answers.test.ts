import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers, normalizeAnswers } from './check-answers.js';
import { computeResults, median, type ResultInput } from './compute-results.js';
import { answeringRefusal } from './respond.js';
import type { Question } from './survey-contract.js';

const opts = [
  { id: 'a', text: 'А' },
  { id: 'b', text: 'Б' },
  { id: 'c', text: 'В' },
];
const questions: Question[] = [
  { id: 'one', text: 'Один вариант', type: 'single', options: opts, required: true },
  { id: 'many', text: 'Несколько', type: 'multiple', options: opts, required: false },
  { id: 's5', text: 'Шкала 5', type: 'scale5', required: true },
  { id: 's10', text: 'Шкала 10', type: 'scale10', required: false },
  { id: 'free', text: 'Текст', type: 'text', required: false },
];

describe('checkAnswers', () => {
  it('accepts every well-formed set of answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'b', 'c'),
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c')),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        fc.string({ maxLength: 50 }),
        (one, many, s5, s10, free) => {
          const answers = { one, many, s5, free, ...(s10 === undefined ? {} : { s10 }) };
          expect(checkAnswers(questions, answers)).toEqual([]);
        },
      ),
    );
  });

  it('refuses scale points outside the scale and non-integers', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 11 }), fc.double({ min: 1.01, max: 9.99, noInteger: true })),
        (bad) => {
          const errs = checkAnswers(questions, { one: 'a', s5: 3, s10: bad });
          expect(errs.map((e) => e.path)).toEqual(['answers.s10']);
        },
      ),
    );
    expect(checkAnswers(questions, { one: 'a', s5: 6 })).toEqual([{ path: 'answers.s5', message: 'v.scaleRange' }]);
  });

  it('refuses unknown options, repeated choices, wrong kinds, unknown questions and missing required ones', () => {
    expect(checkAnswers(questions, { one: 'z', s5: 1 })).toEqual([{ path: 'answers.one', message: 'v.unknownOption' }]);
    expect(checkAnswers(questions, { one: 'a', s5: 1, many: ['a', 'a'] })).toEqual([
      { path: 'answers.many', message: 'v.repeated' },
    ]);
    expect(checkAnswers(questions, { one: ['a'], s5: '3' })).toEqual([
      { path: 'answers.one', message: 'v.answerType' },
      { path: 'answers.s5', message: 'v.answerType' },
    ]);
    expect(checkAnswers(questions, { one: 'a', s5: 2, nope: 'x' })).toEqual([
      { path: 'answers.nope', message: 'v.unknownQuestion' },
    ]);
    expect(checkAnswers(questions, { one: '  ', many: [] })).toEqual([
      { path: 'answers.one', message: 'v.required' },
      { path: 'answers.s5', message: 'v.required' },
    ]);
  });

  it('keeps only given answers, trimmed', () => {
    expect(normalizeAnswers(questions, { one: 'a', s5: 2, free: '  да ', many: [] })).toEqual({
      one: 'a',
      s5: 2,
      free: 'да',
    });
  });
});

describe('answeringRefusal', () => {
  const open = { status: 'open', opensOn: '2026-09-01', closesOn: '2026-09-30' };
  it('takes answers only while open and inside the dates, both ends included', () => {
    expect(answeringRefusal(open, '2026-09-01')).toBeNull();
    expect(answeringRefusal(open, '2026-09-30')).toBeNull();
    expect(answeringRefusal(open, '2026-08-31')?.code).toBe('SURVEY_OUTSIDE_WINDOW');
    expect(answeringRefusal(open, '2026-10-01')?.code).toBe('SURVEY_OUTSIDE_WINDOW');
    expect(answeringRefusal({ ...open, status: 'closed' }, '2026-09-10')?.code).toBe('SURVEY_NOT_OPEN');
    expect(answeringRefusal({ ...open, status: 'draft' }, '2026-09-10')?.code).toBe('SURVEY_NOT_OPEN');
  });
});

describe('computeResults', () => {
  it('counts options, figures scales and lists texts', () => {
    const inputs: ResultInput[] = [
      { answers: { one: 'a', many: ['a', 'b'], s5: 5, free: 'Яблоко' }, respondentName: 'Иванова' },
      { answers: { one: 'a', many: ['b'], s5: 2 }, respondentName: 'Петров' },
      { answers: { one: 'c', s5: 4, free: 'Арбуз' }, respondentName: 'Сидорова' },
    ];
    const named = computeResults(questions, inputs, false);
    expect(named.responses).toBe(3);
    expect(named.questions[0]?.options?.map((o) => o.count)).toEqual([2, 0, 1]);
    expect(named.questions[1]?.options?.map((o) => o.count)).toEqual([1, 2, 0]);
    expect(named.questions[2]?.scale).toEqual({
      mean: 3.67,
      median: 4,
      distribution: [1, 2, 3, 4, 5].map((value) => ({ value, count: value === 3 || value === 1 ? 0 : 1 })),
    });
    expect(named.questions[3]).toMatchObject({ answered: 0, scale: { mean: null, median: null } });
    expect(named.questions[4]?.texts).toEqual([
      { text: 'Яблоко', respondentName: 'Иванова' },
      { text: 'Арбуз', respondentName: 'Сидорова' },
    ]);
    const anonymous = computeResults(questions, inputs, true);
    expect(anonymous.questions[4]?.texts).toEqual([
      { text: 'Арбуз', respondentName: null },
      { text: 'Яблоко', respondentName: null },
    ]);
  });

  it('median of an even count is the middle pair’s mean', () => {
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
