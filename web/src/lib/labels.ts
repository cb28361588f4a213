// Names of roles, organization kinds and qualification categories, from the catalogue.

import { useCallback } from 'react';
import type { Role } from '../../../src/auth/policy.js';
import { fieldLabels } from '../../../src/i18n/field-labels.js';
import type { OrgKind } from '../../../src/organizations/organization-contract.js';
import type { QualificationCategory } from '../../../src/staff/staff-contract.js';
import { type Translate, useLanguage } from '../i18n';

export function roleLabel(t: Translate, role: Role): string {
  return t(`role.${role}`);
}

export function orgKindLabel(t: Translate, kind: OrgKind): string {
  return t(`orgKind.${kind}`);
}

export function categoryLabel(t: Translate, category: QualificationCategory): string {
  return t(`category.${category}`);
}

/** Field names come from the shared list, so forms, cards and the journal call a field the same. */
export function useFieldLabel(): (field: string) => string {
  const { locale } = useLanguage();
  return useCallback(
    (field: string) => fieldLabels[field]?.[locale] ?? extraLabels[field]?.[locale] ?? field,
    [locale],
  );
}

// Fields that appear in the change history but have no input of their own.
const extraLabels: Record<string, Record<'ru' | 'en', string>> = {
  archived: { ru: 'В архиве', en: 'Archived' },
  active: { ru: 'Учётная запись активна', en: 'Account active' },
  mustChangePassword: { ru: 'Сменить пароль при входе', en: 'Must change password' },
  revokedAt: { ru: 'Отозван', en: 'Revoked' },
  settings: { ru: 'Настройки', en: 'Settings' },
};
