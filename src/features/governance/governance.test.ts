import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { seedPriorities } from '../../../test/support/seed-data';
import { testDatabaseKinds } from '../../../test/support/test-database';
import * as governance from './governance.service';

for (const kind of testDatabaseKinds()) {
  describe(`governance: terms, co-chairs and priorities [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('lists every term with its co-chairs and priorities, and a year without a known chair as unknown', async () => {
      const response = await ctx().app.inject('/governance');
      expect(response.statusCode).toBe(200);
      const html = response.body;
      for (const year of ['2025', '2024', '2023', '2022', '2021', '2019', '2018', '2012']) expect(html).toContain(`id="term-${year}-title"`);
      const section = (year: number) => html.slice(html.indexOf(`id="term-${year}"`), html.indexOf('</section>', html.indexOf(`id="term-${year}"`)));
      expect(section(2022)).toContain('>ICMPD</a>');
      expect(section(2022)).toContain('>UNODC</a>');
      expect(section(2022)).toContain('15 November 2021');
      expect(section(2022)).toMatch(/<a href="\/meetings\/\d+#decision-\d+">decision PLM3\/2021\/\d<\/a>/);
      expect(section(2023)).toMatch(/decision PLM4\/2022\/\d/);
      expect(section(2022)).toContain('Preventing trafficking in persons in procurement');
      expect(section(2019)).toContain('>OSCE</a>');
      expect(section(2019)).toContain('>UN Women</a>');
      expect(section(2023)).toContain('Cross-cutting: Child protection');
      expect(section(2024)).toContain('partly uncertain');
      expect(section(2012)).toContain('<dt>Chair</dt>');
      // 2013-2017 and 2020: no public source names a chair; the page says so and guesses nothing.
      expect(html).toContain('>2013–2017</h2>');
      expect(html).toMatch(/>2020<\/h2><p>Chair not known/);
    });

    it('serves the terms as JSON, with chairsKnown for every year', async () => {
      const all = (await ctx().app.inject('/api/v1/terms')).json();
      expect(all.items.map((term: { year: number }) => term.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015, 2014, 2013, 2012]);
      const term = (await ctx().app.inject('/api/v1/terms/2022')).json();
      expect(term).toMatchObject({ year: 2022, chairsKnown: true, endorsedOn: '2021-11-15' });
      expect(term.chairs.map((chair: { acronym: string }) => chair.acronym)).toEqual(['ICMPD', 'UNODC']);
      expect(term.priorities.map((priority: { title: string }) => priority.title)).toEqual(seedPriorities(2022));
      expect((await ctx().app.inject('/api/v1/terms/2015')).json()).toMatchObject({ year: 2015, chairsKnown: false, chairs: [], priorities: [] });
      expect((await ctx().app.inject('/api/v1/terms/1900')).statusCode).toBe(400);
    });

    it('loads the priorities once: a second load adds nothing', async () => {
      const priorities = await governance.listPriorities(ctx().deps, 2023);
      expect(priorities.map((priority) => priority.crossCutting)).toEqual([false, false, false, false, false, false, true]);
      expect(await governance.loadReferencePriorities(ctx().deps, { 2023: { items: ['Trafficking data and research'], sources: [] } })).toBe(0);
    });
  });
}
