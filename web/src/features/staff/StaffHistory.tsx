import { AuditFeed } from '../audit/AuditFeed';

export function StaffHistory({ staffId }: { staffId: string }) {
  return <AuditFeed entity="staff" entityId={staffId} />;
}
