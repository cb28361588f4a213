import { Checkbox, SimpleGrid } from '@mantine/core';
import { type Role, roles } from '../../../../src/auth/policy.js';
import { useT } from '../../i18n';
import { roleLabel, useFieldLabel } from '../../lib/labels';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  error?: React.ReactNode;
}

export function RoleCheckboxes({ value, onChange, error }: Props) {
  const t = useT();
  const label = useFieldLabel();
  return (
    <Checkbox.Group
      label={label('roles')}
      withAsterisk
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={6}>
        {roles.map((role: Role) => (
          <Checkbox key={role} value={role} label={roleLabel(t, role)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
