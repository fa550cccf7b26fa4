import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDatabase, seedSteps, type SeedStep } from '../../src/cli/seed';
import { AppError } from '../../src/lib/errors';
import { commandEnvironment, icatCommand } from '../support/cli';
import { useTestContext } from '../support/build-test-app';
import { seedOrganizations } from '../support/seed-data';
import { snapshotTables } from '../support/table-snapshot';
import { testDatabaseKinds } from '../support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`seed [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });

    it('is all or nothing: a step that fails halfway leaves the database as it was', async () => {
      const before = await snapshotTables(ctx().database.db);
      const failing: SeedStep = {
        name: 'cli.seed.plan',
        run: async () => {
          throw new AppError('VALIDATION', 'a seed file has a problem');
        },
      };
      // The group's reference data, the mapping and the posts are written, then a step fails.
      await expect(seedDatabase(ctx().deps, [...seedSteps.slice(0, 3), failing])).rejects.toThrow('a seed file has a problem');
      expect(await snapshotTables(ctx().database.db)).toEqual(before);
      expect(before.entities).toEqual([]);
    });

    it('from the command line, a failure at the very end is one message without a stack trace, and nothing stays', async () => {
      const db = ctx().database.db;
      const before = await snapshotTables(db);
      // Every step writes, then the last write (the date of the seed) is refused.
      await sql`create function refuse_seed_date() returns trigger language plpgsql as $$ begin raise exception 'the seed date is refused for this test'; end $$`.execute(db);
      await sql`create trigger refuse_seed_date before insert on app_meta for each row execute function refuse_seed_date()`.execute(db);
      try {
        const result = await icatCommand(['seed'], commandEnvironment(ctx().database));
        expect(result.stderr).toContain('icat seed stopped and wrote nothing; the database is as it was before. Reason: the seed date is refused for this test');
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.code).toBe(1);
      } finally {
        await sql`drop trigger refuse_seed_date on app_meta`.execute(db);
        await sql`drop function refuse_seed_date()`.execute(db);
      }
      expect(await snapshotTables(db)).toEqual(before);
    });

    it('loads the reference data once; a second run changes nothing', async () => {
      const first = await seedDatabase(ctx().deps);
      expect(first.steps.every((step) => step.inserted > 0)).toBe(true);
      const afterFirst = await snapshotTables(ctx().database.db);
      expect(afterFirst.entities).toHaveLength(seedOrganizations().length);
      const second = await seedDatabase(ctx().deps);
      expect(second.steps.map((step) => step.inserted)).toEqual(second.steps.map(() => 0));
      expect(await snapshotTables(ctx().database.db)).toEqual(afterFirst);
    });

    it('records the chairs by year and leaves an unknown year unknown', async () => {
      const terms = await ctx()
        .database.db.selectFrom('terms')
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
