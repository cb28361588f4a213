// Query keys in one place, so mutations invalidate exactly what they change.
export const meKey = ['me'] as const;
export const setupKey = ['setup'] as const;
export const healthKey = ['health'] as const;
export const orgKey = (orgId: string) => ['org', orgId] as const;
export const statsKey = (orgId: string) => ['stats', orgId] as const;
export const staffKey = (orgId: string) => ['staff', orgId] as const;
export const staffItemKey = (orgId: string, id: string) => ['staff', orgId, 'item', id] as const;
export const auditKey = (orgId: string) => ['audit', orgId] as const;
export const usersKey = (orgId: string) => ['users', orgId] as const;
export const tokensKey = (orgId: string) => ['tokens', orgId] as const;
export const consentsKey = (orgId: string, staffId: string) => ['consents', orgId, staffId] as const;
export const difficultiesKey = (orgId: string) => ['difficulties', orgId] as const;
export const menteesKey = (orgId: string) => ['mentees', orgId] as const;
export const mentorsKey = (orgId: string) => ['mentors', orgId] as const;
