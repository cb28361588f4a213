import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeStaff } from '../../test/factories.js';
import { openTestDatabase } from '../../test/harness.js';
import type { Database } from '../db/client.js';
import { organizations } from '../organizations/organizations-table.js';
import { youngSpecialistCondition } from './list-staff.js';
import { staff } from './staff-table.js';
import { isYoungSpecialist } from './young-specialist.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

// The list filter and the figures use SQL; the card uses the TypeScript rule. They must agree.
describe('young-specialist rule in SQL', () => {
  it('agrees with the pure rule on random people, dates and thresholds', async () => {
    const db = database.db;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            birth: fc.date({ min: new Date('1960-01-01'), max: new Date('2008-12-31'), noInvalidDate: true }),
            since: fc.integer({ min: 1980, max: 2030 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }),
        fc.integer({ min: 25, max: 45 }),
        fc.integer({ min: 0, max: 6 }),
        async (people, ref, maxAge, maxYears) => {
          const today = ref.toISOString().slice(0, 10);
          const settings = { youngSpecialistMaxAge: maxAge, youngSpecialistMaxYears: maxYears };
          const org = await makeOrg(db);
          await db.update(organizations).set({ settings }).where(eq(organizations.id, org.id));
          const expected = new Set<string>();
          for (const p of people) {
            const row = await makeStaff(db, org.id, {
              birthDate: p.birth.toISOString().slice(0, 10),
              teachingSince: p.since,
              hiredOn: null,
            });
            if (isYoungSpecialist(row, today, settings)) expected.add(row.id);
          }
          const rows = await db
            .select({ id: staff.id })
            .from(staff)
            .innerJoin(organizations, eq(organizations.id, staff.orgId))
            .where(and(eq(staff.orgId, org.id), youngSpecialistCondition(today)));
          expect(new Set(rows.map((r) => r.id))).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});
