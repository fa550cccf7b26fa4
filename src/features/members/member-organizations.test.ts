import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { insertTestOrganizations } from '../../../test/support/factories';
import { countStatements } from '../../../test/support/statement-counter';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { listMemberOrganizations } from './members.service';

for (const kind of testDatabaseKinds()) {
  describe(`the list of member organizations [${kind}]`, () => {
    const ctx = useTestContext(kind, { seed: false });

    it("holds every member, past the directory's pages, and neither former participants nor partners", async () => {
      await insertTestOrganizations(ctx().deps, 1_200, { prefix: 'MEMBER', joinedYear: 2010 });
      await insertTestOrganizations(ctx().deps, 30, { prefix: 'LEFT', status: 'former', joinedYear: 2010, leftYear: 2020 });
      await insertTestOrganizations(ctx().deps, 5, { prefix: 'PARTNER', status: 'partner' });

      const current = await listMemberOrganizations(ctx().deps);
      expect(current).toHaveLength(1_200);
      expect(current.every((organization) => organization.acronym.startsWith('MEMBER') && organization.status === 'member')).toBe(true);
      expect(new Set(current.map((organization) => organization.id)).size).toBe(1_200);
      expect(current[0]).toMatchObject({ acronym: expect.any(String), name: expect.any(String), kind: 'international', id: expect.any(Number) });
    });

    it('answers for a year: those that had joined and had not left', async () => {
      await insertTestOrganizations(ctx().deps, 3, { prefix: 'LATE', joinedYear: 2024 });
      const in2015 = await listMemberOrganizations(ctx().deps, { year: 2015 });
      expect(in2015.filter((organization) => organization.acronym.startsWith('LEFT'))).toHaveLength(30);
      expect(in2015.filter((organization) => organization.acronym.startsWith('MEMBER'))).toHaveLength(1_200);
      expect(in2015.some((organization) => organization.acronym.startsWith('LATE') || organization.acronym.startsWith('PARTNER'))).toBe(false);
      const in2020 = await listMemberOrganizations(ctx().deps, { year: 2020 });
      expect(in2020.some((organization) => organization.acronym.startsWith('LEFT'))).toBe(false);
      expect(in2020).toHaveLength(1_200);
    });

    it('reads them in one statement', async () => {
      const counter = countStatements(ctx().deps.db);
      const ran = await counter.during(() => listMemberOrganizations({ ...ctx().deps, db: counter.db }));
      expect(ran).toHaveLength(1);
    });
  });
}
