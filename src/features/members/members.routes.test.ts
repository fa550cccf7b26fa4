import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { seedCurrentMembers } from '../../../test/support/seed-data';
import { testDatabaseKinds } from '../../../test/support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`members directory [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('lists the confirmed members and keeps former participants and partners apart', async () => {
      const response = await ctx().app.inject('/members');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      const html = response.body;
      expect(html).toContain('United Nations Office on Drugs and Crime');
      expect(html).toContain('International Centre for Migration Policy Development');
      expect(html).toContain(`${seedCurrentMembers().length} organizations`);
      expect(html).toContain('The group reported 31 member organizations');
      const current = html.slice(0, html.indexOf('Former participants'));
      expect(current).not.toContain('UNIFEM');
      expect(html.slice(html.indexOf('Former participants'))).toContain('UNIFEM');
    });

    it('filters by kind and searches by name or acronym', async () => {
      const regional = await ctx().app.inject('/members?kind=regional');
      expect(regional.body).toContain('Organization of American States');
      expect(regional.body).not.toContain('United Nations Children');
      expect(regional.body).toContain('2 organizations');
      const search = await ctx().app.inject('/members?q=children%27s');
      expect(search.body).toContain('United Nations Children');
      expect(search.body).toContain('1 organization');
      const none = await ctx().app.inject('/members?q=%25');
      expect(none.body).toContain('No organization matches');
    });

    it('rejects an unknown kind with a message naming the field', async () => {
      const response = await ctx().app.inject('/api/v1/members?kind=planet');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0].field).toBe('kind');
    });

    it('opens a member case-insensitively with kind, co-chair years and profile', async () => {
      for (const path of ['/members/unodc', '/members/UNODC', '/members/UnOdC']) {
        const response = await ctx().app.inject(path);
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain('United Nations Office on Drugs and Crime');
        expect(response.body).toContain('2021, 2022, 2025');
        expect(response.body).toContain('Sample data for demonstration');
      }
      const unWomen = await ctx().app.inject('/members/un%20women');
      expect(unWomen.statusCode).toBe(200);
      expect((await ctx().app.inject('/members/un-women')).statusCode).toBe(200);
      expect(unWomen.body).toContain('2019');
    });

    it('shows a former participant as history, linked to what it merged into', async () => {
      const response = await ctx().app.inject('/members/unifem');
      expect(response.body).toContain('Former participant');
      expect(response.body).toContain('href="/members/un-women"');
      const unWomen = await ctx().app.inject('/members/un-women');
      expect(unWomen.body).toContain('UNDAW, UNIFEM');
    });

    it('answers an unknown acronym with a 404 page or JSON error, never a 500', async () => {
      const page = await ctx().app.inject('/members/nobody');
      expect(page.statusCode).toBe(404);
      expect(page.body).toContain('We could not find that page.');
      const api = await ctx().app.inject('/api/v1/members/nobody');
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'The organization "nobody" was not found.' } });
      const tricky = await ctx().app.inject('/members/%27%3B%20drop%20table%20entities');
      expect(tricky.statusCode).toBe(404);
    });

    it('serves the directory as JSON', async () => {
      const list = await ctx().app.inject('/api/v1/members?kind=un_entity');
      expect(list.statusCode).toBe(200);
      const body = list.json();
      expect(body.total).toBe(seedCurrentMembers('un_entity').length);
      expect(body.items.map((item: { acronym: string }) => item.acronym)).toContain('OSRSG-VAC');
      const one = await ctx().app.inject('/api/v1/members/icmpd');
      expect(one.json()).toMatchObject({ acronym: 'ICMPD', kind: 'international', joinedYear: 2016, cochairYears: [2022] });
      expect(one.json().profile.isSample).toBe(true);
    });

    it('shows the about page with the membership counts and their sources', async () => {
      const response = await ctx().app.inject('/about');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('General Assembly resolution 61/180');
      expect(response.body).toMatch(/December 2022<\/th><td>31<\/td>/);
      expect(response.body).toMatch(/January 2012<\/th><td>16<\/td>/);
      expect(response.body).toContain('www.ungift.org');
      expect(response.body).toContain('<svg');
    });

    it('answers the health check without the database, and the readiness check with the database kind and migration level', async () => {
      const health = await ctx().app.inject('/healthz');
      expect(health.statusCode).toBe(200);
      expect(health.json()).toEqual({ status: 'ok' });
      const ready = await ctx().app.inject('/readyz');
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ready', database: kind, migrationsCurrent: true });
      expect(ready.json().migration).toMatch(/^\d{12}_/);
    });

    it('sends the security headers', async () => {
      const response = await ctx().app.inject('/');
      const csp = response.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  });
}
