// The staff form keeps '' for empty inputs; the schemas read null as "no value".
import type { QualificationCategory, Staff } from '../../../../src/staff/staff-contract.js';
import { blanksToNull } from '../../lib/zod-form';

export interface StaffFormValues {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  position: string;
  subjects: string[];
  hiredOn: string;
  teachingSince: number | string;
  qualificationCategory: QualificationCategory;
  email: string;
  phone: string;
  employmentContractNumber: string;
  employmentContractDate: string;
  reason: string;
}

export const emptyStaffValues: StaffFormValues = {
  lastName: '',
  firstName: '',
  middleName: '',
  birthDate: '',
  position: '',
  subjects: [],
  hiredOn: '',
  teachingSince: '',
  qualificationCategory: 'none',
  email: '',
  phone: '',
  employmentContractNumber: '',
  employmentContractDate: '',
  reason: '',
};

export function staffToValues(s: Staff): StaffFormValues {
  return {
    lastName: s.lastName,
    firstName: s.firstName,
    middleName: s.middleName ?? '',
    birthDate: s.birthDate ?? '',
    position: s.position,
    subjects: s.subjects,
    hiredOn: s.hiredOn ?? '',
    teachingSince: s.teachingSince ?? '',
    qualificationCategory: s.qualificationCategory,
    email: s.email ?? '',
    phone: s.phone ?? '',
    employmentContractNumber: s.employmentContractNumber ?? '',
    employmentContractDate: s.employmentContractDate ?? '',
    reason: '',
  };
}

/** What the create/update schemas take as input; the version is added for updates. */
export function valuesToInput(v: StaffFormValues) {
  const input = blanksToNull(v);
  return {
    ...input,
    subjects: v.subjects,
    teachingSince: typeof v.teachingSince === 'number' ? v.teachingSince : null,
  };
}
