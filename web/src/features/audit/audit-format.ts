// Turns the raw before/after values of the journal into what a person reads on a card.
import { type Role, roles } from '../../../../src/auth/policy.js';
import { type OrgKind, orgKinds } from '../../../../src/organizations/organization-contract.js';
import { type QualificationCategory, qualificationCategories } from '../../../../src/staff/staff-contract.js';
import type { Translate } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function scalar(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (field === 'qualificationCategory' && oneOf<QualificationCategory>(qualificationCategories, value))
    return t(`category.${value}`);
  if (field === 'kind' && oneOf<OrgKind>(orgKinds, value)) return t(`orgKind.${value}`);
  if ((field === 'roles' || field === 'role') && oneOf<Role>(roles, value)) return t(`role.${value}`);
  if (isoDate.test(value)) return formatDate(value);
  if (isoTimestamp.test(value)) return formatDateTime(value);
  return value;
}

export function formatAuditValue(field: string, value: unknown, t: Translate): string {
  if (Array.isArray(value)) return value.length ? value.map((v) => scalar(field, v, t)).join(', ') : '—';
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${scalar(k, v, t)}`)
      .join('; ');
  }
  return scalar(field, value, t);
}

/** Nested changes such as settings are shown field by field. */
export function flattenChanges(changes: { field: string; before: unknown; after: unknown }[]) {
  return changes.flatMap((c) => {
    const b = c.before;
    const a = c.after;
    const isObj = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if ((isObj(b) || b == null) && (isObj(a) || a == null) && (isObj(a) || isObj(b))) {
      const before = (b ?? {}) as Record<string, unknown>;
      const after = (a ?? {}) as Record<string, unknown>;
      const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
      return keys
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => ({ field: k, before: before[k], after: after[k] }));
    }
    return [c];
  });
}

// The server's audit vocabulary (src/*/: recordAudit calls); anything new is shown as is.
const knownActions = ['create', 'update', 'archive', 'restore', 'issue', 'revoke', 'reset-password'] as const;
export function actionLabel(action: string, t: Translate): string {
  return oneOf(knownActions, action) ? t(`audit.action.${action}`) : action;
}

export const knownEntities = ['staff', 'organization', 'user', 'api-token'] as const;
export function entityLabel(entity: string, t: Translate): string {
  return oneOf(knownEntities, entity) ? t(`audit.entity.${entity}`) : entity;
}
