// Errors as application/problem+json, in the caller's language.
import type { FastifyError } from 'fastify';
import { AppError, type FieldError } from '../errors/app-error.js';
import { type ErrorCode, errorCatalogue } from '../errors/catalogue.js';
import { labelForPath } from '../i18n/field-labels.js';
import { fill, type Locale } from '../i18n/locale.js';
import { describeIssue, type IssueLike, validationMessages } from '../i18n/validation-messages.js';
import { RequestValidationError } from './validation.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors: FieldError[];
}

export function problemOf(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
  errors: FieldError[] = [],
): Problem {
  const spec = errorCatalogue[code];
  return {
    type: `urn:nastavnik:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: spec.title[locale],
    status: spec.status,
    detail: fill(spec.detail[locale], params),
    code,
    errors,
  };
}

export function issuesToFieldErrors(issues: readonly IssueLike[], locale: Locale): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const label = labelForPath(issue.path, locale);
    const message = describeIssue(issue, locale);
    return { path: path || '(body)', message: label ? `${label}: ${message}` : message };
  });
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
};

/** Maps anything thrown while serving a request to a problem; unknown failures become INTERNAL. */
export function toProblem(error: unknown, locale: Locale): { problem: Problem; headers: Record<string, string> } {
  if (error instanceof AppError) {
    // Use cases may name a message by its key; it is worded here, in the caller's language.
    const errors = error.errors.map((e) => {
      const text = validationMessages[e.message]?.[locale] ?? e.message;
      const label = labelForPath(e.path.split('.'), locale);
      return { path: e.path, message: label && text !== e.message ? `${label}: ${text}` : text };
    });
    const params = { ...error.params };
    if (error.code === 'BAD_REQUEST' && !('reason' in params)) {
      params.reason = errors.map((e) => e.message).join('; ');
    }
    return { problem: problemOf(error.code, locale, params, errors), headers: error.headers };
  }
  if (error instanceof RequestValidationError) {
    const context = (error as unknown as { validationContext?: string }).validationContext;
    const errors = issuesToFieldErrors(error.issues, locale);
    if (context === 'body') return { problem: problemOf('VALIDATION_FAILED', locale, {}, errors), headers: {} };
    const reason = errors.map((e) => `${e.path} — ${e.message}`).join('; ');
    return { problem: problemOf('BAD_REQUEST', locale, { reason }, errors), headers: {} };
  }
  const fe = error as Partial<FastifyError>;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = (fe.code && fastifyCodes[fe.code]) || (fe.statusCode === 429 ? 'TOO_MANY_ATTEMPTS' : 'BAD_REQUEST');
    const reason = locale === 'ru' ? 'неверный формат тела запроса' : 'malformed request body';
    return { problem: problemOf(code, locale, { reason, minutes: 1 }), headers: {} };
  }
  return { problem: problemOf('INTERNAL', locale), headers: {} };
}
