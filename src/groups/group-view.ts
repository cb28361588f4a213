// A group and its agreements as the API returns them, and the snapshot the audit journal keeps.
import type { z } from 'zod';
import type { groupSchema } from './group-contract.js';
import type { AgreementRow, GroupRow } from './groups-table.js';

export type GroupView = z.infer<typeof groupSchema>;

/** The mentor first, then the mentees in the order the group names them. */
function ordered(group: GroupRow, agreements: readonly AgreementRow[]): AgreementRow[] {
  const rank = new Map([group.mentorId, ...group.menteeIds].map((id, i) => [id, i]));
  return [...agreements].sort((a, b) => (rank.get(a.participantId) ?? 0) - (rank.get(b.participantId) ?? 0));
}

/** The mentor's school's answer, with that school's short name. */
export interface HostAgreement {
  orgId: string;
  orgName: string;
  decision: AgreementRow['decision'];
  reason: string | null;
  recordedByName: string | null;
  recordedAt: Date | null;
  /** The other school's mentor is not in this school's bank, so the group names them. */
  mentorName: string;
}

export function presentGroup(
  group: GroupRow,
  agreements: readonly AgreementRow[],
  host: HostAgreement | null = null,
): GroupView {
  return {
    id: group.id,
    mentorId: group.mentorId,
    mentorOrgId: group.mentorOrgId,
    menteeIds: group.menteeIds,
    forms: group.forms,
    status: group.status,
    agreements: ordered(group, agreements).map((a) => ({
      participantId: a.participantId,
      role: a.role,
      decision: a.decision,
      reason: a.reason,
      recordedBy: a.recordedByName,
      recordedAt: a.recordedAt?.toISOString() ?? null,
      onPaper: a.onPaper,
    })),
    hostAgreement: host
      ? {
          orgId: host.orgId,
          orgName: host.orgName,
          mentorName: host.mentorName,
          decision: host.decision,
          reason: host.reason,
          recordedBy: host.recordedByName,
          recordedAt: host.recordedAt?.toISOString() ?? null,
        }
      : null,
    version: group.version,
    createdAt: group.createdAt.toISOString(),
  };
}

export function groupSnapshot(group: GroupRow): Record<string, unknown> {
  return {
    mentorId: group.mentorId,
    mentorOrgId: group.mentorOrgId,
    menteeIds: group.menteeIds,
    forms: group.forms,
    status: group.status,
    version: group.version,
  };
}
