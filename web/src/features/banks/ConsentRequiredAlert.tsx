// The bank refused: the person has not signed a consent it needs. Name the consent and lead to the
// card where it is recorded.
import { Anchor, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ConsentKind } from '../../../../src/consents/consent-contract.js';
import { validationMessages } from '../../../../src/i18n/validation-messages.js';
import type { ApiProblem } from '../../api/client';
import { currentLocale, useT } from '../../i18n';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { consentKindLabel } from '../consents/consent-labels';
import { useOrg } from '../org/OrgScope';

/** Which of the needed consents the server says are missing (it words each one per kind). */
function missingKinds(problem: ApiProblem, needed: readonly ConsentKind[]): ConsentKind[] {
  const locale = currentLocale();
  const named = needed.filter((k) => {
    const text = validationMessages[`consent.${k}`]?.[locale];
    return !!text && problem.errors.some((e) => e.message.endsWith(text));
  });
  return named.length > 0 ? named : [...needed];
}

export function ConsentRequiredAlert({
  problem,
  staffId,
  needed,
}: {
  problem: ApiProblem;
  staffId: string;
  needed: readonly ConsentKind[];
}) {
  const t = useT();
  const { orgId } = useOrg();
  const kinds = missingKinds(problem, needed).map((k) => `«${consentKindLabel(t, k)}»`);
  return (
    <ProblemAlert color="orange" icon={<IconSignature aria-hidden />} title={t('bank.consentRequired')}>
      <Text size="sm">{t('bank.consentRequiredText', { kinds: kinds.join(', ') })}</Text>
      <Anchor component={Link} to={`/orgs/${orgId}/staff/${staffId}?tab=consents`} size="sm" mt={6} display="block">
        {t('bank.consentRequiredLink')}
      </Anchor>
    </ProblemAlert>
  );
}
