import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { testDatabaseKinds } from '../../../test/support/test-database';

/** Markup's escaped text as a browser reads it. */
function unescaped(text: string): string {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The values a term's edit page holds, as a browser would post them back. */
function formOf(html: string): Record<string, string | string[]> {
  const all = (name: string) => [...html.matchAll(new RegExp(`name="${name}" value="([^"]*)"`, 'g'))].map((match) => unescaped(match[1] ?? ''));
  const titles = [...html.matchAll(/<input type="text" id="priorities\.\d+\.title" name="priority_title" value="([^"]*)"/g)].map((match) => unescaped(match[1] ?? ''));
  const sources = [...html.matchAll(/name="priority_sources" rows="2">([^<]*)<\/textarea>/g)].map((match) => unescaped(match[1] ?? ''));
  const kinds = [...html.matchAll(/<select id="priorities\.\d+\.crossCutting" name="priority_kind">[\s\S]*?<option value="(\w+)" selected>/g)].map((match) => match[1] ?? 'priority');
  const selected = (name: string) => new RegExp(`<select id="${name}" name="${name}"[^>]*>[\\s\\S]*?(?:<option value="([^"]*)" selected>|</select>)`).exec(html)?.[1] ?? '';
  return {
    version: all('version')[0] ?? '',
    chair_1: selected('chair_1'),
    chair_2: selected('chair_2'),
    endorsed_on: /name="endorsed_on" type="text" value="([^"]*)"/.exec(html)?.[1] ?? '',
    priority_id: all('priority_id'),
    priority_title: titles,
    priority_sources: sources,
    priority_kind: kinds,
  };
}

for (const kind of testDatabaseKinds()) {
  describe(`terms kept by the secretariat [${kind}]`, { timeout: 240_000 }, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    const admin = () => people.client('admin', { roles: ['admin'], entity: 'UNODC' });
    const otherAdmin = () => people.client('other admin', { roles: ['admin'] });
    const terms = async () =>
      (await ctx().app.inject('/api/v1/terms')).json().items as {
        year: number;
        chairs: { acronym: string }[];
        endorsedOn: string | null;
        endorsedByDecisionId: number | null;
        priorities: { title: string; sources: string[]; crossCutting: boolean }[];
      }[];

    it('adds a year once, then sets its co-chairs, endorsement and ordered priorities with sources', async () => {
      const client = await admin();
      const bad = await client.post('/admin/terms', { year: '1999' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('must be a year');
      const added = await client.post('/admin/terms', { year: '2030' });
      expect(added.statusCode).toBe(303);
      expect(added.headers.location).toBe('/admin/terms/2030?notice=created');
      const twice = await client.post('/admin/terms', { year: '2030' });
      expect(twice.statusCode).toBe(400);
      expect(twice.body).toContain('already has a term on record');

      const page = await client.get('/admin/terms/2030');
      expect(page.statusCode).toBe(200);
      const form = formOf(page.body);
      const saved = await client.post('/admin/terms/2030', {
        ...form,
        chair_1: 'OSCE',
        chair_2: 'unicef',
        endorsed_on: '2029-11-15',
        note: 'Sample term for the tests',
        sources: 'https://example.org/term-2030',
        priority_id: ['', '', ''],
        priority_title: ['Sample priority one', 'Sample cross-cutting theme', ''],
        priority_sources: ['https://example.org/p1\nhttps://example.org/p1b', '', ''],
        priority_kind: ['priority', 'cross_cutting', 'priority'],
      });
      expect(saved.statusCode).toBe(303);
      const term = (await terms()).find((entry) => entry.year === 2030);
      expect(term?.chairs.map((chair) => chair.acronym)).toEqual(['OSCE', 'UNICEF']);
      expect(term?.endorsedOn).toBe('2029-11-15');
      expect(term?.priorities).toMatchObject([
        { title: 'Sample priority one', sources: ['https://example.org/p1', 'https://example.org/p1b'], crossCutting: false },
        { title: 'Sample cross-cutting theme', sources: [], crossCutting: true },
      ]);
      expect((await ctx().app.inject('/governance')).body).toContain('Sample priority one');

      // Reordering keeps each priority (pledges point at them); an empty row drops one.
      const again = formOf((await client.get('/admin/terms/2030')).body);
      const [first, second] = again.priority_id as string[];
      const reordered = await client.post('/admin/terms/2030', {
        ...again,
        priority_id: [second ?? '', first ?? '', ''],
        priority_title: ['Sample cross-cutting theme', 'Sample priority one, renamed', 'Sample priority three'],
        priority_sources: ['', 'https://example.org/p1', ''],
        priority_kind: ['cross_cutting', 'priority', 'priority'],
      });
      expect(reordered.statusCode).toBe(303);
      const after = (await ctx().app.inject('/api/v1/terms/2030')).json();
      expect(after.priorities.map((priority: { title: string; id: number }) => [priority.title, priority.id])).toEqual([
        ['Sample cross-cutting theme', Number(second)],
        ['Sample priority one, renamed', Number(first)],
        ['Sample priority three', expect.any(Number)],
      ]);
    });

    it('refuses bad input with a message per field and changes nothing', async () => {
      const client = await admin();
      const before = await terms();
      const form = formOf((await client.get('/admin/terms/2030')).body);
      const refused = await client.post('/admin/terms/2030', {
        ...form,
        chair_1: 'OSCE',
        chair_2: 'osce',
        endorsed_on: '2029-02-30',
        sources: 'javascript:alert(1)',
        priority_id: ['', ''],
        priority_title: ['', 'Fine'],
        priority_sources: ['https://example.org/orphan', ''],
        priority_kind: ['priority', 'priority'],
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('must be another organization than the first co-chair');
      expect(refused.body).toContain('must be a real date');
      expect(refused.body).toContain('is not a web address');
      expect(refused.body).toContain('line 1: give the priority a title, or clear its sources');
      const unknown = await client.post('/admin/terms/2030', { ...form, chair_1: 'NOBODY', priority_id: ['999999'], priority_title: ['x'], priority_sources: [''], priority_kind: ['priority'] });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.body).toContain('&quot;NOBODY&quot; is not a known organization');
      expect(unknown.body).toContain('is missing; reload the page');
      expect(await terms()).toEqual(before);
      expect((await client.get('/admin/terms/1999')).statusCode).toBe(400);
      expect((await client.get('/admin/terms/2031')).statusCode).toBe(404);
    });

    it('keeps the link to the decision that endorsed a term, and refuses to drop a priority with pledges', async () => {
      const client = await admin();
      const before = (await terms()).find((entry) => entry.year === 2022);
      expect(before?.endorsedByDecisionId).not.toBeNull();
      const page = await client.get('/admin/terms/2022');
      expect(page.body).toContain('The link to the endorsing decision stays');
      const form = formOf(page.body);
      const note = await client.post('/admin/terms/2022', { ...form, note: 'Checked against the sources' });
      expect(note.statusCode).toBe(303);
      const after = (await terms()).find((entry) => entry.year === 2022);
      expect(after?.endorsedByDecisionId).toBe(before?.endorsedByDecisionId);
      expect(after?.chairs).toEqual(before?.chairs);
      expect(after?.priorities).toEqual(before?.priorities);

      const fresh = formOf((await client.get('/admin/terms/2022')).body);
      const pledged = Number((await ctx().deps.db.selectFrom('pledges').select('priority_id').where('priority_id', 'is not', null).executeTakeFirst())?.priority_id);
      expect(pledged).toBeGreaterThan(0);
      {
        const ids = fresh.priority_id as string[];
        const titles = (fresh.priority_title as string[]).map((title, index) => (ids[index] === String(pledged) ? '' : title));
        const sources = (fresh.priority_sources as string[]).map((text, index) => (ids[index] === String(pledged) ? '' : text));
        const dropped = await client.post('/admin/terms/2022', { ...fresh, priority_title: titles, priority_sources: sources });
        expect(dropped.statusCode).toBe(409);
        expect(dropped.body).toContain('has pledges attached');
        expect((await terms()).find((entry) => entry.year === 2022)?.priorities).toEqual(before?.priorities);
      }
    });

    it('refuses the second of two admins saving one version (409), keeping what they typed', async () => {
      const first = await admin();
      const second = await otherAdmin();
      const one = formOf((await first.get('/admin/terms/2030')).body);
      const two = formOf((await second.get('/admin/terms/2030')).body);
      expect((await first.post('/admin/terms/2030', { ...one, note: 'Saved first' })).statusCode).toBe(303);
      const stale = await second.post('/admin/terms/2030', { ...two, note: 'Typed second' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('Typed second');
      expect(stale.body).toContain('<dd>Saved first</dd>');
      expect((await ctx().app.inject('/api/v1/terms/2030')).json().note).toBe('Saved first');
    });

    it("is the secretariat's alone", async () => {
      const chair = await people.client('cochair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      expect((await chair.get('/admin/terms')).statusCode).toBe(403);
      expect((await chair.post('/admin/terms', { year: '2031' })).statusCode).toBe(403);
      expect((await chair.post('/admin/terms/2022', { note: 'x', version: '1' })).statusCode).toBe(403);
    });
  });
}
