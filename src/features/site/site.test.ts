import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { testDatabaseKinds } from '../../../test/support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`the public site [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('shows the current co-chairs and the latest publications and events on the home page', async () => {
      const home = await ctx().app.inject('/');
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('Co-chairs in 2022');
      expect(home.body).toContain('International Centre for Migration Policy Development');
      expect(home.body).toContain('Latest publications');
      expect(home.body).toContain('ICAT 2022 Annual Report');
      expect(home.body).toContain('Latest events');
      expect(home.body).toContain('Latest statements');
      expect(home.body).toContain('href="/feed.atom"');
      expect(home.body).not.toContain('Sample: ');
    });

    it('says so when the latest term on record is an earlier year than the current one', async () => {
      const ahead = Date.parse('2026-03-01T10:00:00Z') - ctx().clock.now().getTime();
      ctx().clock.advance(ahead);
      const page = (
        await ctx()
          .app.inject('/')
          .finally(() => ctx().clock.advance(-ahead))
      ).body;
      expect(page).toContain('Latest co-chairs on record (2025)');
      expect(page).toContain('No term for 2026 is on record yet; the latest on record is 2025.');
      expect(page).not.toContain('Co-chairs in 2025');
    });

    it("speaks as the group whose words it is given: another group's name in titles, header, footer, feed and governance, never ICAT's", async () => {
      useGroup(madeUpGroup);
      try {
        const home = (await ctx().app.inject('/')).body;
        expect(home).toContain('<title>Regional Water Cooperation Network · RWCN</title>');
        expect(home).toContain('<h1>Regional Water Cooperation Network</h1>');
        expect(home).toContain('RWCN brings its member organizations together to coordinate their work.');
        expect(home).toContain('Regional Water Cooperation Network: coordination platform.');
        const governance = (await ctx().app.inject('/governance')).body;
        expect(governance).toContain('the Ministers endorse them at their meeting of the year before');
        expect((await ctx().app.inject('/decisions')).body).toContain('MIN4/2022/3 is the third decision');
        expect((await ctx().app.inject('/feed.atom')).body).toContain('<title>RWCN: publications and statements</title>');
        // The home page lists records that name ICAT (an event's title); the platform's own text does not.
        expect(governance).not.toContain('Inter-Agency Coordination Group against Trafficking in Persons');
        expect(governance).not.toContain('Principals');
        for (const page of [home, governance]) {
          expect(/<title>(.*)<\/title>/.exec(page)?.[1]).not.toContain('ICAT');
          expect(/<header[\s\S]*?<\/header>/.exec(page)?.[0]).not.toContain('ICAT');
          expect(/<footer[\s\S]*?<\/footer>/.exec(page)?.[0]).not.toContain('ICAT');
        }
      } finally {
        useGroup(icat);
      }
      // With ICAT's words the same pages read as before.
      const home = (await ctx().app.inject('/')).body;
      expect(home).toContain('<title>Working together against trafficking in persons · ICAT</title>');
      expect((await ctx().app.inject('/governance')).body).toContain('the Principals endorse them');
      expect((await ctx().app.inject('/decisions')).body).toContain('PLM4/2022/3 is the third decision');
    });

    it('has a navigation to every public listing, and a title and description per page', async () => {
      const home = await ctx().app.inject('/');
      for (const href of ['/publications', '/events', '/statements', '/reports', '/search']) expect(home.body).toContain(`href="${href}"`);
      for (const [path, title] of [
        ['/publications', 'Publications · ICAT'],
        ['/events', 'Events · ICAT'],
        ['/statements', 'Statements · ICAT'],
        ['/reports', 'Annual reports · ICAT'],
        ['/search?q=brief', 'Search: brief · ICAT'],
      ]) {
        const page = await ctx().app.inject(path as string);
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain(`<title>${title}</title>`);
        expect(page.body).toMatch(/<meta name="description" content="[^"]{20,}"/);
      }
    });

    it('lists earlier statements from the public record and never a group post', async () => {
      const moved = await ctx().app.inject('/annual-reports');
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe('/reports');
      const reports = await ctx().app.inject('/reports');
      expect(reports.body).toContain('Reports from the public record');
      expect(reports.body).toContain('Chairs&#39; Annual Report 2021');
      const statements = await ctx().app.inject('/statements');
      expect(statements.body).toContain('ICAT calls for leveraging technology');
      for (const path of ['/', '/statements', '/publications', '/events', '/sitemap.xml', '/feed.atom', '/search?q=sample']) {
        expect((await ctx().app.inject(path)).body).not.toContain('checklist for reception centres');
      }
    });

    it('has a print style', async () => {
      const css = await ctx().app.inject('/assets/site.css');
      expect(css.body).toContain('@media print');
    });
  });
}
