// Written consents of one staff member: the list on the card, recording and withdrawal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Consent,
  ConsentKind,
  ConsentScan,
  consentCreateSchema,
  consentWithdrawSchema,
} from '../../../../src/consents/consent-contract.js';
import { api, type Page } from '../../api/client';
import { auditKey, consentsKey, menteesKey, mentorsKey } from '../../api/keys';

export type ConsentCreate = z.input<typeof consentCreateSchema>;
export type ConsentWithdraw = z.input<typeof consentWithdrawSchema>;

const base = (orgId: string, staffId: string) => `/api/v1/orgs/${orgId}/staff/${staffId}/consents`;

/** The form to print and sign, filled in by the server. */
export const consentDocumentUrl = (orgId: string, staffId: string, consentId: string) =>
  `${base(orgId, staffId)}/${consentId}/document.docx`;

/** The same form as PDF. */
export const consentPdfUrl = (orgId: string, staffId: string, consentId: string) =>
  `${base(orgId, staffId)}/${consentId}/document.pdf`;

/** A blank form of the kind, before the consent is given: filled from the staff record. */
export const consentBlankUrl = (orgId: string, staffId: string, kind: ConsentKind, ext: 'docx' | 'pdf') =>
  `/api/v1/orgs/${orgId}/staff/${staffId}/consent-forms/${kind}.${ext}`;

/** The scanned copy of the signed paper, opened in the browser. */
export const consentScanUrl = (orgId: string, staffId: string, consentId: string) =>
  `${base(orgId, staffId)}/${consentId}/scan`;

export function useConsents(orgId: string, staffId: string) {
  return useQuery({
    queryKey: consentsKey(orgId, staffId),
    queryFn: ({ signal }) => api<Page<Consent>>(base(orgId, staffId), { signal }),
  });
}

/** A consent changes who may stay in the banks, so the banks and the journal are read again. */
function useAfterChange(orgId: string, staffId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: consentsKey(orgId, staffId) });
    void client.invalidateQueries({ queryKey: menteesKey(orgId) });
    void client.invalidateQueries({ queryKey: mentorsKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useRecordConsent(orgId: string, staffId: string) {
  const onSuccess = useAfterChange(orgId, staffId);
  return useMutation({
    mutationFn: (body: ConsentCreate) => api<Consent>(base(orgId, staffId), { method: 'POST', body }),
    onSuccess,
  });
}

export function useWithdrawConsent(orgId: string, staffId: string, consentId: string) {
  const onSuccess = useAfterChange(orgId, staffId);
  return useMutation({
    mutationFn: (body: ConsentWithdraw) =>
      api<Consent>(`${base(orgId, staffId)}/${consentId}/withdraw`, { method: 'POST', body }),
    onSuccess,
  });
}

export function useAttachScan(orgId: string, staffId: string) {
  const onSuccess = useAfterChange(orgId, staffId);
  return useMutation({
    mutationFn: ({ consentId, file }: { consentId: string; file: File }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api<ConsentScan>(consentScanUrl(orgId, staffId, consentId), { method: 'PUT', form });
    },
    onSuccess,
  });
}

export function useRemoveScan(orgId: string, staffId: string) {
  const onSuccess = useAfterChange(orgId, staffId);
  return useMutation({
    mutationFn: ({ consentId, reason }: { consentId: string; reason: string }) =>
      api<void>(`${consentScanUrl(orgId, staffId, consentId)}?reason=${encodeURIComponent(reason)}`, {
        method: 'DELETE',
      }),
    onSuccess,
  });
}
