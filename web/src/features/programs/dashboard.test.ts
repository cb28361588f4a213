import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MyProgram } from '../../../../src/programs/my-programs-contract.js';
import { daysBetween, isOverdue, planProgress, programsOfGroup, silentDays, termProgress } from './dashboard';

const program = (over: Partial<MyProgram>): MyProgram => ({
  id: crypto.randomUUID(),
  groupId: 'g1',
  status: 'active',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  role: 'mentor',
  participantId: 'p',
  mentor: null,
  mentees: [],
  awaitingMe: false,
  plan: { total: 0, done: 0, dropped: 0, overdue: 0 },
  next: [],
  lastJournalOn: null,
  quiet: false,
  ...over,
});

const isoDay = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('daysBetween', () => {
  it('counts calendar days across months, leap years and the clock change', () => {
    expect(daysBetween('2026-09-01', '2026-09-01')).toBe(0);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-10-25', '2026-10-24')).toBe(-1);
  });
});

describe('termProgress', () => {
  it('counts the days gone and left of a running term', () => {
    expect(termProgress('2026-09-01', '2026-09-10', '2026-09-01')).toEqual({
      total: 10,
      passed: 1,
      left: 9,
      percent: 10,
      phase: 'running',
    });
    expect(termProgress('2026-09-01', '2026-09-10', '2026-09-10')).toMatchObject({ passed: 10, left: 0, percent: 100 });
  });

  it('before the start counts down to it; after the end it is over', () => {
    expect(termProgress('2026-09-01', '2026-12-31', '2026-08-25')).toMatchObject({
      phase: 'before',
      passed: 0,
      left: 7,
      percent: 0,
    });
    expect(termProgress('2026-09-01', '2026-12-31', '2027-01-05')).toMatchObject({
      phase: 'over',
      left: 0,
      percent: 100,
    });
  });

  it('keeps its figures within the term for any dates', () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, (a, b, today) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const p = termProgress(from, to, today);
        expect(p.passed).toBeGreaterThanOrEqual(0);
        expect(p.passed).toBeLessThanOrEqual(p.total);
        expect(p.percent).toBeGreaterThanOrEqual(0);
        expect(p.percent).toBeLessThanOrEqual(100);
        if (p.phase === 'running') expect(p.passed + p.left).toBe(p.total);
      }),
    );
  });
});

describe('planProgress', () => {
  it('counts done of the activities still in the plan', () => {
    expect(planProgress({ total: 10, done: 3, dropped: 2, overdue: 1 })).toEqual({ done: 3, counted: 8, percent: 38 });
    expect(planProgress({ total: 0, done: 0, dropped: 0, overdue: 0 })).toEqual({ done: 0, counted: 0, percent: 0 });
    expect(planProgress({ total: 2, done: 0, dropped: 2, overdue: 0 }).percent).toBe(0);
  });
});

describe('isOverdue', () => {
  it('is late only after the deadline day, and never without a deadline', () => {
    expect(isOverdue('2026-11-23', '2026-11-24')).toBe(true);
    expect(isOverdue('2026-11-24', '2026-11-24')).toBe(false);
    expect(isOverdue(null, '2026-11-24')).toBe(false);
  });
});

describe('silentDays', () => {
  it('counts from the last entry, else from the start, and not before the start', () => {
    expect(silentDays({ lastJournalOn: '2026-11-01', startsOn: '2026-09-01' }, '2026-11-24')).toBe(23);
    expect(silentDays({ lastJournalOn: null, startsOn: '2026-11-20' }, '2026-11-24')).toBe(4);
    expect(silentDays({ lastJournalOn: null, startsOn: '2026-12-01' }, '2026-11-24')).toBeNull();
  });
});

describe('programsOfGroup', () => {
  it('shows the current program, else the last that ended', () => {
    const old = program({ status: 'terminated', startsOn: '2025-09-01', endsOn: '2026-05-31' });
    const now = program({ status: 'draft', startsOn: '2026-09-01' });
    const other = program({ groupId: 'g2' });
    expect(programsOfGroup([old, now, other], 'g1')).toEqual({ current: now, past: null });
    expect(programsOfGroup([old, other], 'g1')).toEqual({ current: null, past: old });
    expect(programsOfGroup([other], 'g1')).toEqual({ current: null, past: null });
  });
});
