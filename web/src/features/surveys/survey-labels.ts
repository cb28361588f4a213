// Words for the kinds, statuses and question types of questionnaires, from the catalogue.
import type { QuestionType, SurveyKind, SurveyStatus } from '../../../../src/surveys/survey-contract.js';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/format';

export const surveyKindLabel = (t: Translate, k: SurveyKind) => t(`survey.kind.${k}`);
export const surveyStatusLabel = (t: Translate, s: SurveyStatus) => t(`survey.status.${s}`);
export const questionTypeLabel = (t: Translate, q: QuestionType) => t(`survey.qtype.${q}`);

export const surveyStatusColor: Record<SurveyStatus, string> = { draft: 'gray', open: 'teal', closed: 'blue' };

/** Badge label styles that keep a short status whole in a narrow table column. */
export function surveyWindow(s: { opensOn: string; closesOn: string }): string {
  return `${formatDate(s.opensOn)} – ${formatDate(s.closesOn)}`;
}

/** The days between two ISO dates, for default windows. */
export function isoPlusDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function todayLocalIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
