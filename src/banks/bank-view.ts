// Bank entries as the API returns them (with the person behind each) and as the journal keeps them.
import type { OrgSettings } from '../organizations/organization-contract.js';
import { fullYearsBetween } from '../shared/dates.js';
import type { StaffRow } from '../staff/staff-table.js';
import { isYoungByFacts } from '../staff/young-specialist.js';
import type { Mentee, Mentor, MentorPublic } from './bank-contract.js';
import type { MenteeRow, MentorRow } from './banks-table.js';

export type BankPersonRow = Pick<
  StaffRow,
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'position'
  | 'subjects'
  | 'birthDate'
  | 'teachingSince'
  | 'qualificationCategory'
>;

function person(s: BankPersonRow, settings: OrgSettings, today: string) {
  const age = s.birthDate ? fullYearsBetween(s.birthDate, today) : null;
  const years = s.teachingSince === null ? null : Number(today.slice(0, 4)) - s.teachingSince;
  return {
    lastName: s.lastName,
    firstName: s.firstName,
    middleName: s.middleName,
    position: s.position,
    subjects: s.subjects,
    youngSpecialist: isYoungByFacts(age, years, settings),
  };
}

export function presentMentee(row: MenteeRow, s: BankPersonRow, settings: OrgSettings, today: string): Mentee {
  return {
    id: row.id,
    staffId: row.staffId,
    category: row.category,
    difficulties: row.difficulties,
    request: row.request,
    preferredForms: row.preferredForms,
    preferredMentorIds: row.preferredMentorIds,
    status: row.status,
    version: row.version,
    staff: person(s, settings, today),
  };
}

export function presentMentor(row: MentorRow, s: BankPersonRow, settings: OrgSettings, today: string): Mentor {
  return {
    view: 'full',
    id: row.id,
    staffId: row.staffId,
    competences: row.competences,
    subjects: row.subjects,
    experienceYears: s.teachingSince === null ? null : Math.max(0, Number(today.slice(0, 4)) - s.teachingSince),
    qualificationCategory: s.qualificationCategory,
    capacity: row.capacity,
    availability: row.availability,
    forms: row.forms,
    preferredMenteeIds: row.preferredMenteeIds,
    status: row.status,
    appointment:
      row.appointedOrderId && row.appointedOrderNumber && row.appointedOn
        ? { orderId: row.appointedOrderId, number: row.appointedOrderNumber, on: row.appointedOn }
        : null,
    version: row.version,
    staff: person(s, settings, today),
  };
}

export function presentMentorPublic(row: MentorRow, s: BankPersonRow): MentorPublic {
  return {
    view: 'public',
    id: row.id,
    competences: row.competences,
    subjects: row.subjects,
    staff: {
      lastName: s.lastName,
      firstName: s.firstName,
      middleName: s.middleName,
      position: s.position,
      subjects: s.subjects,
    },
  };
}

export function menteeSnapshot(row: MenteeRow): Record<string, unknown> {
  const { id: _i, orgId: _o, version: _v, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

export function mentorSnapshot(row: MentorRow): Record<string, unknown> {
  const { id: _i, orgId: _o, version: _v, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
