import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEvent } from '../../../../src/audit/audit-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey } from '../../api/keys';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
}

export function useAudit(orgId: string, filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: [...auditKey(orgId), filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<Page<AuditEvent>>(
        withQuery(`/api/v1/orgs/${orgId}/audit`, {
          entity: filter.entity,
          entityId: filter.entityId,
          limit: 30,
          cursor: pageParam,
        }),
        { signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
