// Questionnaires: the list, drafts and their life (open, close), answers, results with the Excel
// book, the campaign's progress and reminders, and answers confirmed into the banks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { surveyResultsSchema } from '../../../../src/surveys/compute-results.js';
import type {
  Answers,
  progressSchema,
  reminderSchema,
  Survey,
  SurveyData,
  SurveyResponse,
  SurveyStatus,
} from '../../../../src/surveys/survey-contract.js';
import type { TemplateName } from '../../../../src/surveys/templates.js';
import { ApiProblem, api, type Page, withQuery } from '../../api/client';
import { auditKey, menteesKey, mentorsKey } from '../../api/keys';
import { currentLocale, translate } from '../../i18n';

export type SurveyResults = z.infer<typeof surveyResultsSchema>;
export type SurveyProgress = z.infer<typeof progressSchema>;
export type Reminder = z.infer<typeof reminderSchema>;
export interface TemplateRequest {
  template: TemplateName;
  title: string | null;
  opensOn: string;
  closesOn: string;
}
export interface ApplyResult {
  responseId: string;
  bank: 'mentees' | 'mentors';
  entryId: string;
}

export const surveysKey = (orgId: string) => ['surveys', orgId] as const;
const surveyKey = (orgId: string, id: string) => ['surveys', orgId, 'item', id] as const;
export const remindersKey = ['me', 'reminders'] as const;
const base = (orgId: string) => `/api/v1/orgs/${orgId}/surveys`;

export function useSurveys(orgId: string, status: SurveyStatus | null) {
  return useQuery({
    queryKey: [...surveysKey(orgId), 'list', status],
    queryFn: ({ signal }) => api<Page<Survey>>(withQuery(base(orgId), { limit: 100, status }), { signal }),
    select: (page) => page.items,
  });
}

export function useSurvey(orgId: string, id: string) {
  return useQuery({
    queryKey: surveyKey(orgId, id),
    queryFn: ({ signal }) => api<Survey>(`${base(orgId)}/${id}`, { signal }),
  });
}

export function useSurveyResults(orgId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...surveyKey(orgId, id), 'results'],
    queryFn: ({ signal }) => api<SurveyResults>(`${base(orgId)}/${id}/results`, { signal }),
    enabled,
  });
}

export function useSurveyProgress(orgId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...surveyKey(orgId, id), 'progress'],
    queryFn: ({ signal }) => api<SurveyProgress>(`${base(orgId)}/${id}/progress`, { signal }),
    enabled,
  });
}

export function useSurveyResponses(orgId: string, id: string, enabled = true) {
  return useQuery({
    queryKey: [...surveyKey(orgId, id), 'responses'],
    queryFn: ({ signal }) => api<{ items: SurveyResponse[] }>(`${base(orgId)}/${id}/responses`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

function useInvalidate(orgId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: surveysKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useCreateFromTemplate(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (body: TemplateRequest) => api<Survey>(`${base(orgId)}/from-template`, { method: 'POST', body }),
    onSuccess,
  });
}

export function useCreateSurvey(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (body: SurveyData) => api<Survey>(base(orgId), { method: 'POST', body }),
    onSuccess,
  });
}

export function useUpdateSurvey(orgId: string, id: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (body: SurveyData & { version: number }) =>
      api<Survey>(`${base(orgId)}/${id}`, { method: 'PUT', body }),
    onSuccess,
  });
}

export function useMoveSurvey(orgId: string, id: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ action, version }: { action: 'open' | 'close'; version: number }) =>
      api<Survey>(`${base(orgId)}/${id}/${action}`, { method: 'POST', body: { version } }),
    onSuccess,
  });
}

export function useSubmitResponse(orgId: string, id: string) {
  const client = useQueryClient();
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (answers: Answers) =>
      api<SurveyResponse>(`${base(orgId)}/${id}/responses`, { method: 'POST', body: { answers } }),
    onSuccess: () => {
      onSuccess();
      void client.invalidateQueries({ queryKey: remindersKey });
    },
  });
}

export function useRemind(orgId: string, id: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: () => api<{ reminded: number }>(`${base(orgId)}/${id}/remind`, { method: 'POST', body: {} }),
    onSuccess,
  });
}

export function useApplyResponse(orgId: string, id: string) {
  const client = useQueryClient();
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (rid: string) =>
      api<ApplyResult>(`${base(orgId)}/${id}/responses/${rid}/apply`, { method: 'POST', body: {} }),
    onSuccess: () => {
      onSuccess();
      void client.invalidateQueries({ queryKey: menteesKey(orgId) });
      void client.invalidateQueries({ queryKey: mentorsKey(orgId) });
    },
  });
}

export function useMyReminders() {
  return useQuery({
    queryKey: remindersKey,
    queryFn: ({ signal }) => api<{ items: Reminder[] }>('/api/v1/me/reminders', { signal }),
    select: (data) => data.items,
  });
}

export function useMarkReminderSeen() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/me/reminders/${id}/seen`, { method: 'POST', body: {} }),
    onSuccess: () => void client.invalidateQueries({ queryKey: remindersKey }),
  });
}

/** The name the server gives the file (RFC 5987 `filename*` first), or a fallback. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = disposition ? /filename="([^"]+)"/i.exec(disposition) : null;
  return plain?.[1] ?? fallback;
}

/** Downloads the results book with the session cookie and hands it to the browser as a file. */
export async function downloadResults(orgId: string, id: string): Promise<void> {
  const locale = currentLocale();
  const response = await fetch(`${base(orgId)}/${id}/results.xlsx`, {
    credentials: 'same-origin',
    headers: { 'Accept-Language': locale },
  });
  if (!response.ok) {
    throw new ApiProblem({
      status: response.status,
      code: `HTTP_${response.status}`,
      title: translate(locale, 'error.unexpected.title'),
      detail: translate(locale, 'error.unexpected.detail', { status: response.status }),
    });
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), 'survey-results.xlsx');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
