// The set-up wizard's values and checks, step by step, with the server's own schema.
import type { FormErrors } from '@mantine/form';
import type { Me } from '../../../../src/auth/auth-contract.js';
import { type OrgKind, setupBody } from '../../../../src/organizations/organization-contract.js';
import { api } from '../../api/client';
import { currentLocale, translate } from '../../i18n';
import { blanksToNull, issuesToErrors } from '../../lib/zod-form';

export interface SetupValues {
  organization: {
    fullName: string;
    shortName: string;
    kind: OrgKind;
    address: string;
    locality: string;
    directorName: string;
    directorPosition: string;
    orderSuffix: string;
  };
  director: { fullName: string; login: string; password: string };
  passwordRepeat: string;
}

export const initialSetupValues: SetupValues = {
  organization: {
    fullName: '',
    shortName: '',
    kind: 'school',
    address: '',
    locality: '',
    directorName: '',
    directorPosition: '',
    orderSuffix: 'од',
  },
  director: { fullName: '', login: '', password: '' },
  passwordRepeat: '',
};

export function toSetupBody(values: SetupValues) {
  return { organization: blanksToNull(values.organization), director: values.director };
}

export function checkOrganization(values: SetupValues): FormErrors {
  const result = setupBody.shape.organization.safeParse(blanksToNull(values.organization), { reportInput: true });
  return result.success ? {} : issuesToErrors(result.error.issues, 'organization.');
}

export function checkAccount(values: SetupValues): FormErrors {
  const result = setupBody.shape.director.safeParse(values.director, { reportInput: true });
  const errors = result.success ? {} : issuesToErrors(result.error.issues, 'director.');
  if (!errors['director.password'] && values.passwordRepeat !== values.director.password) {
    errors.passwordRepeat = translate(currentLocale(), 'password.mismatch');
  }
  return errors;
}

export function postSetup(values: SetupValues): Promise<Me> {
  return api<Me>('/api/v1/setup', { method: 'POST', body: toSetupBody(values) });
}
