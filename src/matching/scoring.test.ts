import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeMatches } from './propose.js';
import {
  defaultWeights,
  explainUnmatched,
  type MenteeFacts,
  type MentorFacts,
  priorityWeight,
  russianYears,
  type ScoringContext,
  scorePair,
} from './scoring.js';

const names: Record<string, string> = {
  d1: 'дисциплина на уроке',
  d2: 'работа с родителями',
  d3: 'ОГЭ по математике',
  d4: 'цифровые инструменты',
};
const ctx: ScoringContext = { weights: defaultWeights, locale: 'ru', difficultyName: (id) => names[id] ?? id };

function mentee(over: Partial<MenteeFacts> = {}): MenteeFacts {
  return {
    id: 'e1',
    staffId: 's-e1',
    orgId: 'school',
    difficulties: [
      { id: 'd1', priority: 1 },
      { id: 'd2', priority: 2 },
      { id: 'd3', priority: 3 },
      { id: 'd4', priority: 3 },
    ],
    subjects: ['Математика'],
    teachingYears: 1,
    preferredForms: ['traditional'],
    preferredMentorIds: [],
    hasPersonalDataConsent: true,
    ...over,
  };
}

function mentor(over: Partial<MentorFacts> = {}): MentorFacts {
  return {
    id: 'm1',
    staffId: 's-m1',
    orgId: 'school',
    competences: ['d1', 'd2', 'd3'],
    subjects: ['математика', 'Алгебра'],
    teachingYears: 20,
    forms: ['traditional', 'group'],
    preferredMenteeIds: [],
    available: true,
    hasConsents: true,
    freePlaces: 2,
    ...over,
  };
}

describe('scoring a pair', () => {
  it('explains the score in the words a curator reads', () => {
    const verdict = scorePair(mentee({ preferredMentorIds: ['m1'] }), mentor({ preferredMenteeIds: ['e1'] }), ctx);
    expect(verdict.allowed).toBe(true);
    if (!verdict.allowed) return;
    expect(verdict.reasons).toEqual([
      'закрывает 3 из 4 затруднений: дисциплина на уроке, работа с родителями, ОГЭ по математике',
      'взаимный выбор',
      'тот же предмет: математика',
      'опыт больше на 19 лет',
      'подходящая форма: традиционная (один на один)',
      'та же школа',
    ]);
    // coverage 60 × (3+2+1)/(3+2+1+1) = 51, mutual 20, subject 15, experience 10, form 5, school 5
    expect(verdict.score).toBe(51 + 20 + 15 + 10 + 5 + 5);
  });

  it('speaks English on request', () => {
    const verdict = scorePair(mentee(), mentor({ orgId: 'other', forms: ['cross-school'] }), {
      ...ctx,
      locale: 'en',
      crossSchool: true,
    });
    expect(verdict.allowed && verdict.reasons.at(-1)).toBe('another school');
  });

  it.each([
    ['no consent from the mentee', mentee({ hasPersonalDataConsent: false }), mentor(), 'consent'],
    ['no consents from the mentor', mentee(), mentor({ hasConsents: false }), 'consent'],
    ['the same person', mentee({ staffId: 's-m1' }), mentor(), 'same-person'],
    ['a paused mentor', mentee(), mentor({ available: false }), 'unavailable'],
    ['a full mentor', mentee(), mentor({ freePlaces: 0 }), 'full'],
    ['another school without network mentoring', mentee(), mentor({ orgId: 'other' }), 'other-school'],
    ['a mentor who answers none of the requests', mentee(), mentor({ competences: ['x'] }), 'no-competence'],
  ])('forbids %s', (_why, e, m, rule) => {
    expect(scorePair(e, m, ctx)).toEqual({ allowed: false, rule });
  });

  it('forbids pairs the curator ruled out', () => {
    expect(scorePair(mentee(), mentor(), { ...ctx, excluded: new Set(['m1:e1']) })).toEqual({
      allowed: false,
      rule: 'excluded',
    });
  });

  it('weighs pressing difficulties more and always gives a positive whole score', () => {
    expect([1, 2, 3].map(priorityWeight)).toEqual([3, 2, 1]);
    fc.assert(
      fc.property(
        fc.subarray(['d1', 'd2', 'd3', 'd4']),
        fc.subarray(['d1', 'd2', 'd3', 'd4']),
        fc.integer({ min: 1, max: 3 }),
        (wanted, offered, priority) => {
          const verdict = scorePair(
            mentee({ difficulties: wanted.map((id) => ({ id, priority })), subjects: [], preferredForms: [] }),
            mentor({ competences: offered }),
            ctx,
          );
          const answers = wanted.length === 0 || wanted.some((d) => offered.includes(d));
          expect(verdict.allowed).toBe(answers);
          if (!verdict.allowed) return;
          expect(Number.isInteger(verdict.score)).toBe(true);
          expect(verdict.score).toBeGreaterThanOrEqual(1);
          const full = wanted.every((d) => offered.includes(d));
          if (wanted.length > 0 && full) expect(verdict.score).toBeGreaterThanOrEqual(defaultWeights.coverage);
        },
      ),
    );
  });
});

describe('proposals', () => {
  it('pairs each mentee with the best mentor the capacities allow, and says why the rest are left', () => {
    const mentors = [
      mentor({ id: 'm1', freePlaces: 1 }),
      mentor({ id: 'm2', staffId: 's-m2', competences: ['d4'], freePlaces: 1 }),
    ];
    const mentees = [
      mentee({ id: 'e1' }),
      mentee({ id: 'e2', staffId: 's-e2', difficulties: [{ id: 'd4', priority: 1 }] }),
      mentee({ id: 'e3', staffId: 's-e3', difficulties: [{ id: 'd1', priority: 1 }] }),
      mentee({ id: 'e4', staffId: 's-e4', hasPersonalDataConsent: false }),
    ];
    const result = proposeMatches(mentees, mentors, 'max-coverage', ctx);
    // m1 answers e3 fully (95) better than e1 in part (86); m2 answers e2 fully.
    expect(result.proposals.map((p) => `${p.mentorId}-${p.menteeId}`).sort()).toEqual(['m1-e3', 'm2-e2']);
    expect(result.total).toBe(190);
    expect(result.proposals).toHaveLength(2);
    const reasons = Object.fromEntries(result.unmatched.map((u) => [u.menteeId, u.reason]));
    expect(reasons.e4).toBe('нет согласия на обработку персональных данных');
    expect(Object.keys(reasons)).toHaveLength(2);
    for (const [id, reason] of Object.entries(reasons)) {
      if (id !== 'e4') expect(reason).toBe('все подходящие наставники заняты');
    }
  });

  it('names the competence nobody offers', () => {
    const lonely = mentee({ difficulties: [{ id: 'd4', priority: 1 }] });
    expect(explainUnmatched(lonely, [mentor()], new Set(), ctx)).toBe(
      'нет наставника с компетенцией: цифровые инструменты',
    );
    expect(explainUnmatched(mentee({ difficulties: [] }), [], new Set(), ctx)).toBe('нет доступных наставников');
  });
});

describe('years in Russian', () => {
  it('agrees the word with the number', () => {
    const cases: [number, string][] = [
      [1, '1 год'],
      [2, '2 года'],
      [4, '4 года'],
      [5, '5 лет'],
      [11, '11 лет'],
      [12, '12 лет'],
      [14, '14 лет'],
      [17, '17 лет'],
      [21, '21 год'],
      [22, '22 года'],
      [24, '24 года'],
      [25, '25 лет'],
      [101, '101 год'],
      [111, '111 лет'],
    ];
    for (const [n, text] of cases) expect(russianYears(n)).toBe(text);
  });
});
