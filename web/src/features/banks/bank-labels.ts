// Words for the banks' categories, statuses and forms of mentoring, from the catalogue.
import type { MenteeCategory, MenteeStatus, MentorForm, MentorStatus } from '../../../../src/banks/bank-contract.js';
import type { Translate } from '../../i18n';

export const menteeCategoryLabel = (t: Translate, c: MenteeCategory) => t(`bank.category.${c}`);
export const menteeStatusLabel = (t: Translate, s: MenteeStatus) => t(`bank.menteeStatus.${s}`);
export const mentorStatusLabel = (t: Translate, s: MentorStatus) => t(`bank.mentorStatus.${s}`);
export const mentorFormLabel = (t: Translate, f: MentorForm) => t(`bank.form.${f}`);

export const menteeStatusColor: Record<MenteeStatus, string> = {
  searching: 'orange',
  'in-program': 'blue',
  done: 'teal',
  withdrawn: 'gray',
  removed: 'gray',
};

export const mentorStatusColor: Record<MentorStatus, string> = {
  available: 'teal',
  full: 'blue',
  paused: 'orange',
  released: 'gray',
  withdrawn: 'gray',
  removed: 'gray',
};
