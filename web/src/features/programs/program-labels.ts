// Words and colours for a program's status, its steps, its plan and journal kinds, and the name of
// its pair or group (mentor — mentees) from the banks.

import type { ProgramAction, ProgramStatus, TerminationReason } from '../../../../src/programs/lifecycle.js';
import type { ActivityKind, ActivityStatus, JournalKind } from '../../../../src/programs/program-contract.js';
import type { Translate } from '../../i18n';
import type { People } from '../groups/people-api';
import type { Program } from './programs-api';

// The palette other screens use, whose light badges keep enough contrast.
export const programStatusColor: Record<ProgramStatus, string> = {
  draft: 'gray',
  agreed: 'orange',
  approved: 'blue',
  active: 'blue',
  completed: 'teal',
  terminated: 'red',
};

export const activityStatusColor: Record<ActivityStatus, string> = {
  planned: 'gray',
  'in-progress': 'blue',
  done: 'teal',
  dropped: 'orange',
};

export const statusLabel = (t: Translate, s: ProgramStatus) => t(`programs.status.${s}`);
export const actionLabel = (t: Translate, a: ProgramAction) => t(`programs.action.${a}`);
export const activityKindLabel = (t: Translate, k: ActivityKind) => t(`programs.kind.${k}`);
export const activityStatusLabel = (t: Translate, s: ActivityStatus) => t(`programs.activity.${s}`);
export const journalKindLabel = (t: Translate, k: JournalKind) => t(`programs.jkind.${k}`);
export const reasonLabel = (t: Translate, r: TerminationReason) => t(`programs.reason.${r}`);

/** «Mentor — mentee, mentee» by the participants the program names (the current mentor first). */
export function programTitle(t: Translate, program: Pick<Program, 'participants'>, people: People): string {
  const unknown = t('programs.unknown');
  const mentor = program.participants.find((p) => p.role === 'mentor');
  const mentees = program.participants.filter((p) => p.role === 'mentee');
  return t('programs.pair', {
    mentor: (mentor && people.mentor(mentor.id)?.name) ?? unknown,
    mentees: mentees.map((m) => people.mentee(m.id)?.name ?? unknown).join(', '),
  });
}

export function participantName(t: Translate, p: { id: string; role: 'mentor' | 'mentee' }, people: People): string {
  return (p.role === 'mentor' ? people.mentor(p.id)?.name : people.mentee(p.id)?.name) ?? t('programs.unknown');
}
