// What a journal entry is about, linked where the viewer can open it.
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditEvent } from '../../../../src/audit/audit-contract.js';
import { useT } from '../../i18n';
import { useOrg } from '../org/OrgScope';
import { AuditStaffRef } from './AuditStaffRef';
import { entityLabel } from './audit-format';

export function AuditEntityRef({ event, names }: { event: AuditEvent; names: Map<string, string> }) {
  const t = useT();
  const { orgId, can } = useOrg();
  const label = entityLabel(event.entity, t);
  if (event.entity === 'staff' && can('staff:read')) return <AuditStaffRef id={event.entityId} label={label} />;
  const userName = event.entity === 'user' ? names.get(event.entityId) : undefined;
  if (userName) {
    return (
      <Anchor component={Link} to={`/orgs/${orgId}/admin/users`} size="sm">
        {`${label}: ${userName}`}
      </Anchor>
    );
  }
  if (event.entity === 'organization') {
    return (
      <Anchor component={Link} to={`/orgs/${orgId}/organization`} size="sm">
        {label}
      </Anchor>
    );
  }
  return (
    <Text span size="sm">
      {label}
    </Text>
  );
}
