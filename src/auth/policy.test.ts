import { describe, expect, it } from 'vitest';
import { effectiveRoles } from './effective-roles.js';
import { can, permissionsOf, policy, roles } from './policy.js';

describe('role policy', () => {
  it('lets only the roles in the table act', () => {
    expect(can(['curator'], 'staff', 'create')).toBe(true);
    expect(can(['council'], 'staff', 'read')).toBe(true);
    expect(can(['council'], 'staff', 'update')).toBe(false);
    expect(can(['mentor', 'mentee'], 'staff', 'read')).toBe(false);
    expect(can(['director'], 'user', 'manage')).toBe(false);
    expect(can(['admin'], 'user', 'manage')).toBe(true);
    expect(can([], 'organization', 'read')).toBe(false);
  });

  it('gives the observer figures and nothing personal', () => {
    const granted = permissionsOf(['observer']);
    expect(granted.sort()).toEqual(['organization:read', 'stats:read']);
  });

  it('lists for each role exactly what `can` allows', () => {
    for (const role of roles) {
      const granted = new Set(permissionsOf([role]));
      for (const [entity, actions] of Object.entries(policy)) {
        for (const action of Object.keys(actions)) {
          const key = `${entity}:${action}`;
          expect(granted.has(key as never)).toBe(can([role], entity as never, action as never));
        }
      }
    }
  });
});

describe('roles along the organization tree', () => {
  it('keeps every role given in the organization itself', () => {
    expect(effectiveRoles([{ roles: ['curator', 'mentor'], depth: 0 }])).toEqual(['curator', 'mentor']);
  });

  it('passes down only observer and admin from above', () => {
    expect(effectiveRoles([{ roles: ['observer', 'curator', 'admin'], depth: 1 }])).toEqual(['admin', 'observer']);
    expect(effectiveRoles([{ roles: ['director'], depth: 2 }])).toEqual([]);
  });

  it('merges memberships and ignores unknown role names', () => {
    expect(
      effectiveRoles([
        { roles: ['mentor', 'superuser'], depth: 0 },
        { roles: ['observer'], depth: 2 },
      ]),
    ).toEqual(['mentor', 'observer']);
  });
});
