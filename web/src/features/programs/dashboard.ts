// The figures the home page's «Мои наставляемые» and «Моя программа» show, counted from the
// server's date: how far the term has gone, how much of the plan is done, which deadline has
// passed, how long the journal has been silent, and which of a pair's programs to show.
import { terminalStatuses } from '../../../../src/programs/lifecycle.js';
import type { MyProgram } from '../../../../src/programs/my-programs-contract.js';

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from one 'YYYY-MM-DD' to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export interface TermProgress {
  /** Days in the term, its first and last day included. */
  total: number;
  /** Days already gone by (today counts as gone once the term has begun). */
  passed: number;
  /** Days still ahead: to the start before it, to the end while it runs. */
  left: number;
  /** 0–100, whole. */
  percent: number;
  phase: 'before' | 'running' | 'over';
}

export function termProgress(startsOn: string, endsOn: string, today: string): TermProgress {
  const total = Math.max(daysBetween(startsOn, endsOn) + 1, 1);
  if (today < startsOn) return { total, passed: 0, left: daysBetween(today, startsOn), percent: 0, phase: 'before' };
  if (today > endsOn) return { total, passed: total, left: 0, percent: 100, phase: 'over' };
  const passed = daysBetween(startsOn, today) + 1;
  return {
    total,
    passed,
    left: daysBetween(today, endsOn),
    percent: Math.round((passed / total) * 100),
    phase: 'running',
  };
}

export interface PlanProgress {
  done: number;
  /** The activities that count: dropped ones are out of the plan. */
  counted: number;
  percent: number;
}

export function planProgress(plan: MyProgram['plan']): PlanProgress {
  const counted = Math.max(plan.total - plan.dropped, 0);
  return { done: plan.done, counted, percent: counted === 0 ? 0 : Math.round((plan.done / counted) * 100) };
}

/** An open activity whose deadline is behind us (the deadline day itself is still in time). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}

/**
 * Days the journal has been silent: since its last entry, or since the start when there is none
 * (null before the program has begun).
 */
export function silentDays(p: Pick<MyProgram, 'lastJournalOn' | 'startsOn'>, today: string): number | null {
  const since = p.lastJournalOn ?? p.startsOn;
  return since > today ? null : daysBetween(since, today);
}

/**
 * A pair's programs as the card shows them: the current one (not ended; the latest if, against the
 * rule, there are several), else the last that ended.
 */
export function programsOfGroup(
  items: readonly MyProgram[],
  groupId: string,
): { current: MyProgram | null; past: MyProgram | null } {
  const own = items
    .filter((p) => p.groupId === groupId)
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.endsOn.localeCompare(a.endsOn));
  const current = own.find((p) => !terminalStatuses.includes(p.status)) ?? null;
  return { current, past: current ? null : (own[0] ?? null) };
}
