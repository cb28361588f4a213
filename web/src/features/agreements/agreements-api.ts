// The mentor's supplementary agreement (art. 351.8) to download and the mentor's pay it states.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MentorPayView, mentorPayInSchema } from '../../../../src/agreements/agreement-contract.js';
import { api, withQuery } from '../../api/client';
import { auditKey } from '../../api/keys';

export type MentorPayBody = z.input<typeof mentorPayInSchema>;

const payKey = (orgId: string, mentorId: string) => ['mentor-pay', orgId, mentorId] as const;
const payUrl = (orgId: string, mentorId: string) => `/api/v1/orgs/${orgId}/mentors/${mentorId}/pay`;

/** The agreement file; the term is added only when given, else the document leaves blanks. */
export function agreementUrl(
  orgId: string,
  groupId: string,
  ext: 'docx' | 'pdf',
  term: { startsOn: string; endsOn: string; number?: string },
) {
  return withQuery(`/api/v1/orgs/${orgId}/groups/${groupId}/agreement.${ext}`, {
    startsOn: term.startsOn || undefined,
    endsOn: term.endsOn || undefined,
    number: term.number?.trim() || undefined,
  });
}

export function useMentorPay(orgId: string, mentorId: string, enabled: boolean) {
  return useQuery({
    queryKey: payKey(orgId, mentorId),
    queryFn: ({ signal }) => api<MentorPayView>(payUrl(orgId, mentorId), { signal }),
    enabled,
  });
}

export function useSaveMentorPay(orgId: string, mentorId: string) {
  const client = useQueryClient();
  const onSuccess = (view: MentorPayView) => {
    client.setQueryData(payKey(orgId, mentorId), view);
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
  return {
    save: useMutation({
      mutationFn: (body: MentorPayBody) => api<MentorPayView>(payUrl(orgId, mentorId), { method: 'PUT', body }),
      onSuccess,
    }),
    reset: useMutation({
      mutationFn: () => api<MentorPayView>(payUrl(orgId, mentorId), { method: 'DELETE', body: {} }),
      onSuccess,
    }),
  };
}
