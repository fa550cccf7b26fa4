import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { allOrNothing } from '../../src/db/transactions';
import type { Deps } from '../../src/deps';
import { useTestContext } from '../support/build-test-app';
import { testDatabaseKinds } from '../support/test-database';

/** A service as services are written: it opens its own transaction on deps.db. */
async function addCount(deps: Deps, asOf: string, count: number): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('membership_counts')
      .values({ as_of: asOf, count, note: null, sources: JSON.stringify([]) })
      .execute();
  });
}

async function counts(deps: Deps): Promise<string[]> {
  return (await deps.db.selectFrom('membership_counts').select('as_of').orderBy('as_of').execute()).map((row) => row.as_of);
}

for (const kind of testDatabaseKinds()) {
  describe(`allOrNothing [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });

    it("keeps every service's writes when the work succeeds, and none when it fails later", async () => {
      await allOrNothing(ctx().deps, async (within) => {
        await addCount(within, '2001', 1);
        await addCount(within, '2002', 2);
      });
      expect(await counts(ctx().deps)).toEqual(['2001', '2002']);
      await expect(
        allOrNothing(ctx().deps, async (within) => {
          await addCount(within, '2003', 3);
          throw new Error('a later step fails');
        }),
      ).rejects.toThrow('a later step fails');
      expect(await counts(ctx().deps)).toEqual(['2001', '2002']);
    });

    it("rolls a service's own failed transaction back to where it began, and the rest goes on", async () => {
      await allOrNothing(ctx().deps, async (within) => {
        await addCount(within, '2004', 4);
        // A second row for the same date breaks a unique constraint: the service's transaction fails, the caller carries on.
        await expect(addCount(within, '2004', 5)).rejects.toThrow();
        await addCount(within, '2005', 5);
        // Already in one: a nested allOrNothing joins it rather than opening another.
        await allOrNothing(within, (again) => addCount(again, '2006', 6));
        expect((await sql<{ n: number }>`select count(*)::int as n from membership_counts`.execute(within.db)).rows[0]?.n).toBe(5);
      });
      expect(await counts(ctx().deps)).toEqual(['2001', '2002', '2004', '2005', '2006']);
    });
  });
}
