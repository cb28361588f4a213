// The life of a personalized mentoring program (Regulation §5, §7; the contract's transitions) as a
// pure state machine: a command either applies — giving the next state and the event to record —
// or is refused, naming the actions the current status allows. Nothing here reads or writes.
//
//   draft ──agree (every participant)──▶ agreed ──approve──▶ approved ──start──▶ active
//   active ──extend / correct / replace-mentor──▶ active
//   active ──complete──▶ completed        approved | active ──terminate──▶ terminated
//
// A participant may take their agreement back only while the program is a draft; a correction or
// a change of mentor sends nothing back to the draft: the program goes on, its history keeps every
// version.
import { shiftDays } from '../calendar/production-calendar.js';
import type { IsoDate } from '../shared/dates.js';

export const programStatuses = ['draft', 'agreed', 'approved', 'active', 'completed', 'terminated'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

export const programActions = [
  'agree',
  'approve',
  'start',
  'extend',
  'correct',
  'replace-mentor',
  'complete',
  'terminate',
] as const;
export type ProgramAction = (typeof programActions)[number];

/** §7: the ways a program may end early. */
export const terminationReasons = ['mentor-initiative', 'mentee-initiative', 'mutual', 'curator-initiative'] as const;
export type TerminationReason = (typeof terminationReasons)[number];

export const terminalStatuses: readonly ProgramStatus[] = ['completed', 'terminated'];

export interface Participant {
  /** A bank entry id: the mentor's or a mentee's. */
  id: string;
  role: 'mentor' | 'mentee';
  agreed: boolean;
}

export interface ProgramState {
  status: ProgramStatus;
  startsOn: IsoDate;
  endsOn: IsoDate;
  participants: readonly Participant[];
  /** Months a program may last in all, extensions included (12 unless the organization allows more). */
  maxMonths: number;
  /** Plan activities not yet done or dropped; a program completes when none are left. */
  openActivities: number;
}

export type ProgramCommand =
  | { action: 'agree'; participantId: string }
  | { action: 'approve' }
  | { action: 'start'; on: IsoDate }
  | { action: 'extend'; endsOn: IsoDate; consentOf: readonly string[] }
  | { action: 'correct'; consentOf: readonly string[] }
  | {
      action: 'replace-mentor';
      mentorId: string;
      /** Who asked: the mentee's petition (§5.1) or the mentor's request to be released (§4.1). */
      requestedBy: 'mentee' | 'mentor';
      newMentorAgreed: boolean;
    }
  | { action: 'complete' }
  | { action: 'terminate'; reason: TerminationReason };

export type Refusal =
  | { code: 'ACTION_NOT_ALLOWED'; allowed: ProgramAction[] }
  | { code: 'NOT_A_PARTICIPANT' }
  | { code: 'ALREADY_AGREED' }
  | { code: 'CONSENT_MISSING'; missing: string[] }
  | { code: 'TERM_TOO_LONG'; maxMonths: number }
  | { code: 'END_NOT_LATER' }
  | { code: 'SAME_MENTOR' }
  | { code: 'NEW_MENTOR_NOT_AGREED' }
  | { code: 'PLAN_NOT_DONE'; open: number }
  | { code: 'STARTS_LATER'; startsOn: IsoDate };

export type Outcome =
  | { ok: true; state: ProgramState; changed: Partial<ProgramState> }
  | { ok: false; refusal: Refusal };

const allowedBy: Record<ProgramStatus, readonly ProgramAction[]> = {
  draft: ['agree'],
  agreed: ['approve'],
  approved: ['start', 'replace-mentor', 'terminate'],
  active: ['extend', 'correct', 'replace-mentor', 'complete', 'terminate'],
  completed: [],
  terminated: [],
};

export function allowedActions(status: ProgramStatus): ProgramAction[] {
  return [...allowedBy[status]];
}

/** The same day `n` months later; the 31st of a shorter month becomes its last day. */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8)), last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A program runs from its first day to its last one, both included: 3 to `maxMonths` months (§1.3). */
export function termWithin(startsOn: IsoDate, endsOn: IsoDate, maxMonths = 12): boolean {
  const after = shiftDays(endsOn, 1);
  return after >= addMonths(startsOn, 3) && after <= addMonths(startsOn, maxMonths);
}

function missingConsent(state: ProgramState, consentOf: readonly string[]): string[] {
  return state.participants.filter((p) => !consentOf.includes(p.id)).map((p) => p.id);
}

export function applyCommand(state: ProgramState, command: ProgramCommand): Outcome {
  if (!allowedBy[state.status].includes(command.action)) {
    return { ok: false, refusal: { code: 'ACTION_NOT_ALLOWED', allowed: allowedActions(state.status) } };
  }
  const next = (changed: Partial<ProgramState>): Outcome => ({ ok: true, state: { ...state, ...changed }, changed });
  switch (command.action) {
    case 'agree': {
      const who = state.participants.find((p) => p.id === command.participantId);
      if (!who) return { ok: false, refusal: { code: 'NOT_A_PARTICIPANT' } };
      if (who.agreed) return { ok: false, refusal: { code: 'ALREADY_AGREED' } };
      const participants = state.participants.map((p) => (p.id === who.id ? { ...p, agreed: true } : p));
      const all = participants.every((p) => p.agreed);
      return next(all ? { participants, status: 'agreed' } : { participants });
    }
    case 'approve':
      return next({ status: 'approved' });
    case 'start':
      if (command.on < state.startsOn)
        return { ok: false, refusal: { code: 'STARTS_LATER', startsOn: state.startsOn } };
      return next({ status: 'active' });
    case 'extend': {
      if (command.endsOn <= state.endsOn) return { ok: false, refusal: { code: 'END_NOT_LATER' } };
      const missing = missingConsent(state, command.consentOf);
      if (missing.length > 0) return { ok: false, refusal: { code: 'CONSENT_MISSING', missing } };
      if (!termWithin(state.startsOn, command.endsOn, state.maxMonths))
        return { ok: false, refusal: { code: 'TERM_TOO_LONG', maxMonths: state.maxMonths } };
      return next({ endsOn: command.endsOn });
    }
    case 'correct': {
      const missing = missingConsent(state, command.consentOf);
      if (missing.length > 0) return { ok: false, refusal: { code: 'CONSENT_MISSING', missing } };
      return next({});
    }
    case 'replace-mentor': {
      const mentor = state.participants.find((p) => p.role === 'mentor');
      if (mentor?.id === command.mentorId) return { ok: false, refusal: { code: 'SAME_MENTOR' } };
      if (!command.newMentorAgreed) return { ok: false, refusal: { code: 'NEW_MENTOR_NOT_AGREED' } };
      const participants = [
        { id: command.mentorId, role: 'mentor' as const, agreed: true },
        ...state.participants.filter((p) => p.role !== 'mentor'),
      ];
      return next({ participants });
    }
    case 'complete':
      if (state.openActivities > 0)
        return { ok: false, refusal: { code: 'PLAN_NOT_DONE', open: state.openActivities } };
      return next({ status: 'completed' });
    case 'terminate':
      return next({ status: 'terminated' });
  }
}
