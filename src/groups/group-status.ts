// A proposed group's status from the decisions taken so far: one refusal (a participant's, or the
// mentor's school's in network mentoring) declines it; it is agreed only when everyone agreed.
import type { AgreementDecision, GroupStatus } from './group-contract.js';

export function statusFromDecisions(
  participants: readonly AgreementDecision[],
  /** The mentor's school's decision for a mentor of another school; null when there is none. */
  hostSchool: AgreementDecision | null,
): GroupStatus {
  const all = hostSchool === null ? participants : [...participants, hostSchool];
  if (all.includes('declined')) return 'declined';
  if (all.length > 0 && all.every((d) => d === 'agreed')) return 'agreed';
  return 'proposed';
}
