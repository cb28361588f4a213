// Pieces both bank forms share: the choice of mentoring forms and the cancel/submit row.
import { Button, Checkbox, Group, SimpleGrid } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { mentorForms } from '../../../../src/banks/bank-contract.js';
import { useT } from '../../i18n';
import { mentorFormLabel } from './bank-labels';

export function FormsCheckboxes({ label, inputProps }: { label: string; inputProps: GetInputPropsReturnType }) {
  const t = useT();
  return (
    <Checkbox.Group label={label} {...inputProps}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {mentorForms.map((f) => (
          <Checkbox key={f} value={f} label={mentorFormLabel(t, f)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

export function AddActions({ onClose, pending }: { onClose: () => void; pending: boolean }) {
  const t = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {t('bank.addSubmit')}
      </Button>
    </Group>
  );
}
