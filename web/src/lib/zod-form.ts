// Forms check their values with the very schemas the server uses, and word the errors with the
// same shared sentences, so a rule reads identically in the form and in the API's answer.
import type { FormErrors } from '@mantine/form';
import type { z } from 'zod';
import { labelForPath } from '../../../src/i18n/field-labels.js';
import { describeIssue } from '../../../src/i18n/validation-messages.js';
import type { ApiProblem } from '../api/client';
import { currentLocale } from '../i18n';

export function capitalize(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/**
 * An error on `subjects.2` is shown on the `subjects` input too: list inputs have one error slot.
 */
function addError(errors: FormErrors, key: string, message: string): void {
  if (!(key in errors)) errors[key] = message;
  const parts = key.split('.');
  const firstIndex = parts.findIndex((p) => /^\d+$/.test(p));
  if (firstIndex > 0) {
    const parent = parts.slice(0, firstIndex).join('.');
    if (!(parent in errors)) errors[parent] = message;
  }
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FormErrors {
  const errors: FormErrors = {};
  const locale = currentLocale();
  for (const issue of issues) {
    const key = prefix + issue.path.map(String).join('.');
    addError(errors, key, capitalize(describeIssue(issue, locale)));
  }
  return errors;
}

/**
 * A `validate` function for @mantine/form. `toInput` turns form values (with '' for empty) into
 * what the schema expects; `extra` adds checks that exist only in the form (e.g. a repeated password).
 */
export function zodValidate<V>(
  schema: z.ZodType,
  toInput: (values: V) => unknown,
  extra?: (values: V) => FormErrors,
): (values: V) => FormErrors {
  return (values: V) => {
    const result = schema.safeParse(toInput(values), { reportInput: true });
    const errors = result.success ? {} : issuesToErrors(result.error.issues);
    if (extra) {
      for (const [key, message] of Object.entries(extra(values)))
        if (message && !(key in errors)) errors[key] = message;
    }
    return errors;
  };
}

/** The server names fields like `lastName`, `/director/login` or `body.lastName`; forms use dots. */
export function problemFieldKey(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

/** Field errors the server sent, keyed as the form keys them. */
export function problemToErrors(problem: ApiProblem): FormErrors {
  const errors: FormErrors = {};
  const locale = currentLocale();
  for (const e of problem.errors) {
    const key = problemFieldKey(e.path);
    if (!key) continue;
    // The server prefixes the field's name ("Телефон: …"); under the input itself it is redundant.
    const label = labelForPath(key.split('.'), locale);
    const message = label && e.message.startsWith(`${label}: `) ? e.message.slice(label.length + 2) : e.message;
    addError(errors, key, capitalize(message));
  }
  return errors;
}

/** '' from inputs becomes null — what the schemas read as "no value". Arrays and numbers pass through. */
export function blanksToNull<T extends object>(values: T): { [K in keyof T]: T[K] | null } {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) out[key] = value === '' ? null : value;
  return out as { [K in keyof T]: T[K] | null };
}

/** After a failed submit, take the person to the first field to fix (inputs carry data-path). */
export function focusFirstError(errors: FormErrors): void {
  const key = Object.keys(errors)[0];
  if (!key) return;
  const input = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(key)}"]`);
  input?.focus();
  input?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
