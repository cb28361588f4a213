// The young-specialist rule: younger than the age limit on the reference date and teaching for no
// more than the set number of years (35 and 3 by default; each organization may set its own).
// list-staff.ts and org-stats.ts express the same rule in SQL; a test keeps them in agreement.
import type { OrgSettings } from '../organizations/organization-contract.js';
import { fullYearsBetween } from '../shared/dates.js';

export interface YoungSpecialistFacts {
  birthDate: string | null;
  teachingSince: number | null;
}

export function teachingYears(teachingSince: number | null, referenceDate: string): number | null {
  if (teachingSince === null) return null;
  return Math.max(0, Number(referenceDate.slice(0, 4)) - teachingSince);
}

type Thresholds = Pick<OrgSettings, 'youngSpecialistMaxAge' | 'youngSpecialistMaxYears'>;

/** The rule on already known facts: full years of age and years since teaching began. */
export function isYoungByFacts(age: number | null, yearsSinceStart: number | null, settings: Thresholds): boolean {
  if (age === null || yearsSinceStart === null) return false;
  return (
    age < settings.youngSpecialistMaxAge && yearsSinceStart >= 0 && yearsSinceStart <= settings.youngSpecialistMaxYears
  );
}

export function isYoungSpecialist(person: YoungSpecialistFacts, referenceDate: string, settings: Thresholds): boolean {
  if (!person.birthDate || person.teachingSince === null) return false;
  const age = fullYearsBetween(person.birthDate, referenceDate);
  return isYoungByFacts(age, Number(referenceDate.slice(0, 4)) - person.teachingSince, settings);
}
