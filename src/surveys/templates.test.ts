import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankFactsOf } from './apply-response.js';
import { inAudience, type Respondent } from './audience.js';
import { checkAnswers } from './check-answers.js';
import { questionSchema } from './survey-contract.js';
import { buildTemplate, type CatalogEntry, templateNames } from './templates.js';

const catalog: CatalogEntry[] = [
  { id: '00000000-0000-4000-8000-000000000001', group: 'Методика', name: 'Современный урок' },
  { id: '00000000-0000-4000-8000-000000000002', group: 'Методика', name: 'Оценивание' },
  { id: '00000000-0000-4000-8000-000000000003', group: 'Дисциплина', name: 'Тишина на уроке' },
];
const window = { title: null, opensOn: '2026-09-01', closesOn: '2026-09-30' };

describe('templates', () => {
  it('build valid questionnaires for every template', () => {
    for (const template of templateNames) {
      const survey = buildTemplate({ template, ...window }, catalog);
      expect(survey.kind).toBe(template);
      for (const q of survey.questions) expect(questionSchema.safeParse(q).success).toBe(true);
      expect(new Set(survey.questions.map((q) => q.id)).size).toBe(survey.questions.length);
    }
  });

  it('ask about each catalogue group with choices that carry the difficulty ids', () => {
    const needs = buildTemplate({ template: 'needs-assessment', ...window }, catalog);
    const linked = needs.questions
      .flatMap((q) => q.options ?? [])
      .flatMap((o) => (o.difficultyId ? [o.difficultyId] : []));
    expect(linked.sort()).toEqual(catalog.map((c) => c.id).sort());
    expect(needs.questions.filter((q) => q.id.startsWith('need-'))).toHaveLength(2);
    expect(buildTemplate({ template: 'satisfaction', ...window }, catalog).anonymous).toBe(true);
    expect(buildTemplate({ template: 'mentor-candidate', ...window, title: 'Своя' }, catalog).title).toBe('Своя');
  });
});

describe('bankFactsOf', () => {
  const needs = buildTemplate({ template: 'needs-assessment', ...window }, catalog);
  it('turns chosen options into catalogue ids, forms and the free request', () => {
    fc.assert(
      fc.property(fc.subarray(['need-1-1', 'need-1-2']), fc.subarray(['need-2-1']), (first, second) => {
        const answers = { 'need-1': first, 'need-2': second, hindrance: 3, confidence: 7, request: 'Помогите' };
        expect(checkAnswers(needs.questions, answers)).toEqual([]);
        const facts = bankFactsOf(needs.questions, { ...answers, forms: ['remote'] });
        expect(facts.difficultyIds).toHaveLength(first.length + second.length);
        expect(facts).toMatchObject({ forms: ['remote'], text: 'Помогите', capacity: null });
      }),
    );
  });
  it('reads the capacity of a mentor candidate', () => {
    const mentor = buildTemplate({ template: 'mentor-candidate', ...window }, catalog);
    expect(bankFactsOf(mentor.questions, { willing: 'yes', capacity: 'cap-3' }).capacity).toBe(3);
  });
});

describe('inAudience', () => {
  const who: Respondent = {
    userId: 'u',
    staffId: 's1',
    roles: ['mentee'],
    inMenteeBank: false,
    inMentorBank: true,
  };
  it('lets everyone in when the audience names nobody, else any matching criterion', () => {
    expect(inAudience({}, who)).toBe(true);
    expect(inAudience({ roles: ['mentee'] }, who)).toBe(true);
    expect(inAudience({ roles: ['curator'] }, who)).toBe(false);
    expect(inAudience({ banks: ['mentors'] }, who)).toBe(true);
    expect(inAudience({ banks: ['mentees'] }, who)).toBe(false);
    expect(inAudience({ staffIds: ['s1'] }, who)).toBe(true);
    expect(inAudience({ staffIds: ['s1'] }, { ...who, staffId: null })).toBe(false);
    expect(inAudience({ roles: ['director'], staffIds: ['s2'], banks: ['mentees'] }, who)).toBe(false);
  });
});
