// An organization row as the API returns it, with its settings completed by the defaults.
import { defaultOrgSettings, type Organization, type OrgSettings } from './organization-contract.js';
import type { OrganizationRow } from './organizations-table.js';

export function settingsOf(row: Pick<OrganizationRow, 'settings'>): OrgSettings {
  return { ...defaultOrgSettings, ...(row.settings ?? {}) };
}

export function presentOrganization(row: OrganizationRow): Organization {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind,
    fullName: row.fullName,
    shortName: row.shortName,
    address: row.address,
    locality: row.locality,
    directorName: row.directorName,
    directorPosition: row.directorPosition,
    orderSuffix: row.orderSuffix,
    settings: settingsOf(row),
    version: row.version,
  };
}

/** The fields the audit journal keeps for an organization. */
export function organizationSnapshot(row: OrganizationRow): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, version: _v, ...rest } = row;
  return { ...rest, settings: settingsOf(row) };
}
