import { describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/cli/seed';
import { useTestContext } from '../support/build-test-app';
import { snapshotTables } from '../support/table-snapshot';
import { testDatabaseKinds } from '../support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`seed [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });

    it('loads the reference data once; a second run changes nothing', async () => {
      const first = await seedDatabase(ctx().deps);
      expect(first.steps.every((step) => step.inserted > 0)).toBe(true);
      const afterFirst = await snapshotTables(ctx().database.db);
      expect(afterFirst.entities).toHaveLength(18);
      const second = await seedDatabase(ctx().deps);
      expect(second.steps.map((step) => step.inserted)).toEqual(second.steps.map(() => 0));
      expect(await snapshotTables(ctx().database.db)).toEqual(afterFirst);
    });

    it('records the chairs by year and leaves an unknown year unknown', async () => {
      const terms = await ctx().database.db
        .selectFrom('terms')
        .leftJoin('term_chairs', 'term_chairs.term_id', 'terms.id')
        .leftJoin('entities', 'entities.id', 'term_chairs.entity_id')
        .select(['terms.year', 'entities.acronym'])
        .orderBy('terms.year')
        .orderBy('term_chairs.position')
        .execute();
      const byYear = new Map<number, (string | null)[]>();
      for (const row of terms) byYear.set(row.year, [...(byYear.get(row.year) ?? []), row.acronym]);
      expect(byYear.get(2022)).toEqual(['ICMPD', 'UNODC']);
      expect(byYear.get(2023)).toEqual(['IOM', 'OSRSG-VAC']);
      expect(byYear.get(2020)).toEqual([null]);
    });
  });
}
