// Mutual interest from the person's own side: a mentee marks mentors in the mentor bank, a mentor
// marks back the mentees who chose them. The marks are kept in the person's own bank entry.
import { useState } from 'react';
import type { Mentee, Mentor } from '../../../../src/banks/bank-contract.js';
import { notifyError } from '../../lib/notify';
import { type MentorEntry, useAllEntries, useSetPreferred } from './bank-api';
import type { Choice } from './RowActions';

export function useChoice(
  orgId: string,
  side: 'mentee' | 'mentor',
  enabled: boolean,
  label: string,
): Choice | undefined {
  const own = useAllEntries<Mentee | MentorEntry>(orgId, side === 'mentee' ? 'mentees' : 'mentors', enabled);
  const mutation = useSetPreferred(orgId);
  const [pendingId, setPendingId] = useState<string | null>(null);
  if (!enabled) return undefined;
  // A limited reader gets only their own full entry from their own bank.
  const entry = (own.data ?? []).find((e) => !('view' in e) || e.view === 'full') as Mentee | Mentor | undefined;
  if (!entry || entry.status === 'withdrawn' || entry.status === 'removed') return undefined;
  const current = 'preferredMentorIds' in entry ? entry.preferredMentorIds : entry.preferredMenteeIds;
  return {
    chosen: new Set(current),
    pendingId,
    label,
    toggle: (id) => {
      const ids = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
      setPendingId(id);
      mutation.mutate(
        { bank: side === 'mentee' ? 'mentees' : 'mentors', id: entry.id, version: entry.version, ids },
        { onError: notifyError, onSettled: () => setPendingId(null) },
      );
    },
  };
}
