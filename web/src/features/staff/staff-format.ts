import type { Staff } from '../../../../src/staff/staff-contract.js';

export function fullName(s: Pick<Staff, 'lastName' | 'firstName' | 'middleName'>): string {
  return [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' ');
}
