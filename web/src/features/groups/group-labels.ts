// Words and colours for groups: forms of mentoring, statuses, participants' decisions.
import type { AgreementDecision, GroupForm, GroupStatus } from '../../../../src/groups/group-contract.js';
import type { Translate } from '../../i18n';

export const groupFormLabel = (t: Translate, f: GroupForm) => t(`groups.form.${f}`);
export const groupStatusLabel = (t: Translate, s: GroupStatus) => t(`groups.status.${s}`);
export const decisionLabel = (t: Translate, d: AgreementDecision) => t(`groups.decision.${d}`);

export const groupStatusColor: Record<GroupStatus, string> = {
  proposed: 'orange',
  agreed: 'teal',
  declined: 'red',
  active: 'blue',
  ended: 'gray',
};

export const decisionColor: Record<AgreementDecision, string> = {
  pending: 'gray',
  agreed: 'teal',
  declined: 'red',
};

/** Forms by way of working first, then by who mentors whom — the two halves of §1.3. */
export const formsByWay: GroupForm[] = [
  'traditional',
  'group',
  'reverse',
  'situational',
  'speed',
  'short-term',
  'virtual',
];
export const formsByRoles: GroupForm[] = ['teacher-teacher', 'director-teacher', 'employer-student'];
