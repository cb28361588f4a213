// A staff row as the API returns it (with the derived facts) and as the audit journal keeps it.
import type { OrgSettings } from '../organizations/organization-contract.js';
import { fullYearsBetween } from '../shared/dates.js';
import type { Staff } from './staff-contract.js';
import type { StaffRow } from './staff-table.js';
import { isYoungByFacts } from './young-specialist.js';

export function presentStaff(row: StaffRow, settings: OrgSettings, today: string): Staff {
  const age = row.birthDate ? fullYearsBetween(row.birthDate, today) : null;
  const sinceStart = row.teachingSince === null ? null : Number(today.slice(0, 4)) - row.teachingSince;
  return {
    id: row.id,
    orgId: row.orgId,
    lastName: row.lastName,
    firstName: row.firstName,
    middleName: row.middleName,
    birthDate: row.birthDate,
    position: row.position,
    subjects: row.subjects,
    hiredOn: row.hiredOn,
    teachingSince: row.teachingSince,
    qualificationCategory: row.qualificationCategory,
    email: row.email,
    phone: row.phone,
    employmentContractNumber: row.employmentContractNumber,
    employmentContractDate: row.employmentContractDate,
    youngSpecialist: isYoungByFacts(age, sinceStart, settings),
    age,
    teachingYears: sinceStart === null ? null : Math.max(0, sinceStart),
    archived: row.archivedAt !== null,
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const journalFields = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'position',
  'subjects',
  'hiredOn',
  'teachingSince',
  'qualificationCategory',
  'email',
  'phone',
  'employmentContractNumber',
  'employmentContractDate',
] as const;

export function staffSnapshot(row: StaffRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of journalFields) out[f] = row[f];
  out.archived = row.archivedAt !== null;
  return out;
}
