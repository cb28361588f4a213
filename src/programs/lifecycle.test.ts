import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  allowedActions,
  applyCommand,
  type ProgramCommand,
  type ProgramState,
  programStatuses,
  terminalStatuses,
  terminationReasons,
  termWithin,
} from './lifecycle.js';

const draft = (): ProgramState => ({
  status: 'draft',
  startsOn: '2026-09-01',
  endsOn: '2027-05-31',
  participants: [
    { id: 'mentor', role: 'mentor', agreed: false },
    { id: 'mentee', role: 'mentee', agreed: false },
  ],
  maxMonths: 12,
  openActivities: 2,
});

function run(state: ProgramState, ...commands: ProgramCommand[]): ProgramState {
  let s = state;
  for (const c of commands) {
    const out = applyCommand(s, c);
    if (!out.ok) throw new Error(`${c.action}: ${JSON.stringify(out.refusal)}`);
    s = out.state;
  }
  return s;
}

const both = ['mentor', 'mentee'];
const active = () =>
  run(
    draft(),
    { action: 'agree', participantId: 'mentor' },
    { action: 'agree', participantId: 'mentee' },
    { action: 'approve' },
    { action: 'start', on: '2026-09-01' },
  );

describe('the term of a program (3–12 months)', () => {
  it('counts months from the first day to the last, both included', () => {
    expect(termWithin('2026-09-01', '2026-11-30')).toBe(true); // exactly 3 months
    expect(termWithin('2026-09-01', '2026-11-29')).toBe(false);
    expect(termWithin('2026-09-01', '2027-08-31')).toBe(true); // exactly 12 months
    expect(termWithin('2026-09-01', '2027-09-01')).toBe(false);
    expect(termWithin('2026-09-01', '2026-08-31')).toBe(false);
    expect(termWithin('2026-09-01', '2027-12-31', 18)).toBe(true);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15');
  });
});

describe('the lifecycle', () => {
  it('goes draft → agreed → approved → active → completed when everyone agrees and the plan is done', () => {
    let s = run(draft(), { action: 'agree', participantId: 'mentee' });
    expect(s.status).toBe('draft');
    s = run(s, { action: 'agree', participantId: 'mentor' });
    expect(s.status).toBe('agreed');
    s = run(s, { action: 'approve' }, { action: 'start', on: '2026-09-01' });
    expect(s.status).toBe('active');
    const early = applyCommand(s, { action: 'complete' });
    expect(early).toEqual({ ok: false, refusal: { code: 'PLAN_NOT_DONE', open: 2 } });
    expect(run({ ...s, openActivities: 0 }, { action: 'complete' }).status).toBe('completed');
  });

  it('names the allowed actions when one does not fit the status', () => {
    expect(applyCommand(draft(), { action: 'approve' })).toEqual({
      ok: false,
      refusal: { code: 'ACTION_NOT_ALLOWED', allowed: ['agree'] },
    });
    expect(applyCommand(draft(), { action: 'agree', participantId: 'someone' })).toEqual({
      ok: false,
      refusal: { code: 'NOT_A_PARTICIPANT' },
    });
    const agreedOnce = run(draft(), { action: 'agree', participantId: 'mentor' });
    expect(applyCommand(agreedOnce, { action: 'agree', participantId: 'mentor' })).toMatchObject({
      refusal: { code: 'ALREADY_AGREED' },
    });
    expect(
      applyCommand(
        run(
          draft(),
          { action: 'agree', participantId: 'mentor' },
          { action: 'agree', participantId: 'mentee' },
          { action: 'approve' },
        ),
        { action: 'start', on: '2026-08-31' },
      ),
    ).toMatchObject({
      refusal: { code: 'STARTS_LATER' },
    });
  });

  it('extends with everyone’s consent within the longest term, and corrects with everyone’s consent', () => {
    const s = active();
    expect(applyCommand(s, { action: 'extend', endsOn: '2027-06-30', consentOf: ['mentor'] })).toEqual({
      ok: false,
      refusal: { code: 'CONSENT_MISSING', missing: ['mentee'] },
    });
    expect(applyCommand(s, { action: 'extend', endsOn: '2027-05-01', consentOf: both })).toMatchObject({
      refusal: { code: 'END_NOT_LATER' },
    });
    expect(applyCommand(s, { action: 'extend', endsOn: '2027-09-01', consentOf: both })).toMatchObject({
      refusal: { code: 'TERM_TOO_LONG', maxMonths: 12 },
    });
    expect(run({ ...s, maxMonths: 18 }, { action: 'extend', endsOn: '2027-12-31', consentOf: both }).endsOn).toBe(
      '2027-12-31',
    );
    const extended = run(s, { action: 'extend', endsOn: '2027-08-31', consentOf: both });
    expect(extended).toMatchObject({ status: 'active', endsOn: '2027-08-31' });
    expect(applyCommand(s, { action: 'correct', consentOf: ['mentee'] })).toMatchObject({
      refusal: { code: 'CONSENT_MISSING', missing: ['mentor'] },
    });
    expect(run(s, { action: 'correct', consentOf: both }).status).toBe('active');
  });

  it('replaces the mentor after a petition, only with the new mentor’s agreement', () => {
    const s = active();
    const replace = { action: 'replace-mentor', mentorId: 'other', requestedBy: 'mentee' } as const;
    expect(applyCommand(s, { ...replace, newMentorAgreed: false })).toMatchObject({
      refusal: { code: 'NEW_MENTOR_NOT_AGREED' },
    });
    expect(applyCommand(s, { ...replace, mentorId: 'mentor', newMentorAgreed: true })).toMatchObject({
      refusal: { code: 'SAME_MENTOR' },
    });
    const replaced = run(s, { ...replace, newMentorAgreed: true });
    expect(replaced.participants).toEqual([
      { id: 'other', role: 'mentor', agreed: true },
      { id: 'mentee', role: 'mentee', agreed: true },
    ]);
    expect(replaced.status).toBe('active');
  });

  it('terminates for each reason §7 lists, from approved or active', () => {
    for (const reason of terminationReasons) {
      expect(run(active(), { action: 'terminate', reason }).status).toBe('terminated');
    }
    const approved = run(
      draft(),
      { action: 'agree', participantId: 'mentor' },
      { action: 'agree', participantId: 'mentee' },
      { action: 'approve' },
    );
    expect(run(approved, { action: 'terminate', reason: 'mutual' }).status).toBe('terminated');
  });

  const command: fc.Arbitrary<ProgramCommand> = fc.oneof(
    fc.constantFrom('mentor', 'mentee', 'other').map((participantId) => ({ action: 'agree' as const, participantId })),
    fc.constant({ action: 'approve' as const }),
    fc.constantFrom('2026-08-01', '2026-09-01', '2026-10-01').map((on) => ({ action: 'start' as const, on })),
    fc
      .record({ endsOn: fc.constantFrom('2027-04-30', '2027-06-30', '2027-08-31', '2027-10-31'), all: fc.boolean() })
      .map(({ endsOn, all }) => ({ action: 'extend' as const, endsOn, consentOf: all ? both : ['mentor'] })),
    fc.boolean().map((all) => ({ action: 'correct' as const, consentOf: all ? both : [] })),
    fc.record({ mentorId: fc.constantFrom('mentor', 'other', 'third'), ok: fc.boolean() }).map(({ mentorId, ok }) => ({
      action: 'replace-mentor' as const,
      mentorId,
      requestedBy: 'mentee' as const,
      newMentorAgreed: ok,
    })),
    fc.constant({ action: 'complete' as const }),
    fc.constantFrom(...terminationReasons).map((reason) => ({ action: 'terminate' as const, reason })),
  );

  it('never leaves a terminal status, never exceeds the term, and refuses only what the status does not allow', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), fc.integer({ min: 0, max: 2 }), (commands, open) => {
        let s: ProgramState = { ...draft(), openActivities: open };
        for (const c of commands) {
          const before = s;
          const out = applyCommand(s, c);
          if (terminalStatuses.includes(before.status) && out.ok) return false;
          if (!out.ok && out.refusal.code === 'ACTION_NOT_ALLOWED' && allowedActions(before.status).includes(c.action))
            return false;
          if (out.ok) s = out.state;
          if (!termWithin(s.startsOn, s.endsOn, s.maxMonths)) return false;
          if (s.participants.filter((p) => p.role === 'mentor').length !== 1) return false;
        }
        return true;
      }),
    );
  });

  it('reaches every status the Regulation allows, and each action somewhere', () => {
    const commands: ProgramCommand[] = [
      { action: 'agree', participantId: 'mentor' },
      { action: 'agree', participantId: 'mentee' },
      { action: 'approve' },
      { action: 'start', on: '2026-09-01' },
      { action: 'extend', endsOn: '2027-08-31', consentOf: both },
      { action: 'correct', consentOf: both },
      { action: 'replace-mentor', mentorId: 'other', requestedBy: 'mentor', newMentorAgreed: true },
      { action: 'complete' },
      { action: 'terminate', reason: 'curator-initiative' },
    ];
    const statuses = new Set<string>();
    const actions = new Set<string>();
    let frontier: ProgramState[] = [{ ...draft(), openActivities: 0 }];
    for (let depth = 0; depth < 8; depth++) {
      const next: ProgramState[] = [];
      for (const s of frontier) {
        statuses.add(s.status);
        for (const c of commands) {
          const out = applyCommand(s, c);
          if (!out.ok) continue;
          actions.add(c.action);
          next.push(out.state);
        }
      }
      frontier = next.slice(0, 2000);
    }
    for (const s of frontier) statuses.add(s.status);
    expect([...statuses].sort()).toEqual([...programStatuses].sort());
    expect(actions).toEqual(new Set(commands.map((c) => c.action)));
  });
});
