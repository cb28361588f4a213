import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useOrg } from '../org/OrgScope';
import { useStaff } from '../staff/staff-api';
import { fullName } from '../staff/staff-format';

/** The journal names the person, not just "a staff member"; the card is usually cached already. */
export function AuditStaffRef({ id, label }: { id: string; label: string }) {
  const { orgId } = useOrg();
  const staff = useStaff(orgId, id);
  return (
    <Anchor component={Link} to={`/orgs/${orgId}/staff/${id}`} size="sm">
      {staff.data ? `${label}: ${fullName(staff.data)}` : label}
    </Anchor>
  );
}
