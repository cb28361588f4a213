// The derived columns that sort and search the registry.
import { normalizeForSearch } from '../shared/text.js';
import type { StaffData } from './staff-contract.js';

type Named = Pick<StaffData, 'lastName' | 'firstName' | 'middleName' | 'position' | 'subjects'>;

export function sortNameOf(p: Named): string {
  return normalizeForSearch([p.lastName, p.firstName, p.middleName ?? ''].join(' '));
}

export function searchTextOf(p: Named): string {
  return normalizeForSearch([p.lastName, p.firstName, p.middleName ?? '', p.position, ...p.subjects].join(' '));
}
