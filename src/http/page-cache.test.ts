import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useCountingServer, useTestContext } from '../../test/support/build-test-app';
import { commandEnvironment, icatCommand } from '../../test/support/cli';
import { createTestAccount, signedInPeople } from '../../test/support/factories';
import { TestClient } from '../../test/support/http-client';
import { postMultipart } from '../../test/support/multipart';
import { makeTempDir, testDatabaseKinds } from '../../test/support/test-database';
import { commandLineActor } from '../policy/actor';
import * as groupSettings from '../features/group-settings/group-settings.service';
import { weakEtagOf } from './etag';

/** Asks for a page until it shows what is expected, up to a bound: for writes made by another process. */
async function eventually(read: () => Promise<string>, expected: string, boundMs = 10_000): Promise<string> {
  const until = Date.now() + boundMs;
  for (;;) {
    const body = await read();
    if (body.includes(expected) || Date.now() > until) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const kind of testDatabaseKinds()) {
  describe(`pages kept for visitors [${kind}]`, { timeout: 300_000 }, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    const visitor = () => new TestClient(ctx().app);

    const counting = useCountingServer(ctx, 250);

    it('serves a visitor the page it rendered before, without asking the database again', async () => {
      const first = await counting().server.inject('/members/unodc');
      expect(first.statusCode).toBe(200);
      expect(first.headers['set-cookie']).toBeUndefined();
      expect(first.headers['cache-control']).toBe('public, no-cache');
      const before = counting().counter.count();
      const again = await counting().server.inject('/members/unodc');
      expect(counting().counter.count()).toBe(before);
      expect(again.body).toBe(first.body);
      expect(again.headers.etag).toBe(first.headers.etag);
      // A page that is not marked for keeping (a signed-in area) still asks the database each time.
      await counting().server.inject('/login');
      expect(counting().counter.count()).toBeGreaterThan(before);
    });

    it('shows a write made by the command line, in another process, within the poll bound', async () => {
      const read = async () => (await counting().server.inject('/members/icmpd')).body;
      expect(await read()).not.toContain('Organ removal');
      const csv = join(makeTempDir('icat-cache-'), 'profiles.csv');
      writeFileSync(csv, 'acronym,as_of,sample,regions,forms\nICMPD,2022-11-01,yes,europe_central_asia,organ_removal\n');
      const imported = await icatCommand(['import-profiles', csv], { ...commandEnvironment(ctx().database), LOG_LEVEL: 'silent' });
      expect(imported.stderr).toBe('');
      expect(await eventually(read, 'Organ removal')).toContain('Organ removal');
    });

    it("shows a focal point's change to their profile on the very next request", async () => {
      const before = await visitor().get('/members/osce');
      expect(before.body).not.toContain('Sample initiative kept for the cache test');
      expect((await visitor().get('/members/osce')).body).toBe(before.body);
      const focal = await people.client('osce focal point', { roles: ['focal_point'], entity: 'OSCE' });
      const version = /name="version" value="(\d+)"/.exec((await focal.get('/members/osce/profile')).body)?.[1] as string;
      const saved = await focal.post('/members/osce/profile', { version, regions: ['europe_central_asia'], forms: 'labour', initiatives: 'Sample initiative kept for the cache test' });
      expect(saved.statusCode).toBe(303);
      expect((await visitor().get('/members/osce')).body).toContain('Sample initiative kept for the cache test');
    });

    it("shows an administrator's change to the group's texts on the very next request, in this app and in the polling one", async () => {
      const home = async (app: FastifyInstance) => (await app.inject('/')).body;
      expect(await home(ctx().app)).not.toContain('Home text changed for the cache test');
      await home(counting().server);
      const admin = await people.client('admin', { roles: ['admin'], entity: 'UNODC' });
      const values = (await groupSettings.groupSettingsForEditing(ctx().deps, commandLineActor())).values;
      const saved = await postMultipart(admin, '/admin/group', { ...values, homeText_en: 'Home text changed for the cache test.' }, []);
      expect(saved.statusCode).toBe(303);
      expect(await home(ctx().app)).toContain('Home text changed for the cache test');
      // The other app shares this process's group settings: the words it shows changed in memory.
      expect(await home(counting().server)).toContain('Home text changed for the cache test');
    });

    it('never gives a signed-in person a kept page, nor one person the page of another', async () => {
      await visitor().get('/members/unodc');
      const reader = async (name: string, entity: string) => {
        const account = await createTestAccount(ctx().deps, { roles: ['member'], entity, name });
        const client = new TestClient(ctx().app);
        await client.signIn(account.email, account.password);
        return client;
      };
      const [first, second] = [await reader('First Reader of Kept Pages', 'UNODC'), await reader('Second Reader of Kept Pages', 'ILO')];
      const [one, two] = await Promise.all([first.get('/members/unodc'), second.get('/members/unodc')]);
      expect(one.body).toContain('First Reader of Kept Pages');
      expect(one.body).not.toContain('Second Reader of Kept Pages');
      expect(two.body).toContain('Second Reader of Kept Pages');
      expect(two.body).not.toContain('First Reader of Kept Pages');
      expect(one.headers['cache-control']).toBe('no-store');
      expect((await visitor().get('/members/unodc')).body).not.toContain('Reader of Kept Pages');
    });

    it('keeps each language apart, answers HEAD, and says 304 to a client that has the page', async () => {
      const french = await visitor().get('/governance', { 'accept-language': 'fr' });
      const english = await visitor().get('/governance', { 'accept-language': 'en' });
      expect(french.body).toContain('<html lang="fr"');
      expect(english.body).toContain('<html lang="en"');
      expect((await visitor().get('/governance', { 'accept-language': 'fr' })).body).toBe(french.body);
      expect(english.headers.vary).toContain('Accept-Language');
      const head = await ctx().app.inject({ method: 'HEAD', url: '/governance' });
      expect(head.statusCode).toBe(200);
      expect(head.body).toBe('');
      expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(english.body));
      const unchanged = await visitor().get('/governance', { 'if-none-match': String(english.headers.etag) });
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');
    });

    it('compresses pages with brotli or gzip as the client accepts, the same page either way', async () => {
      const plain = await visitor().get('/mapping');
      for (const [encoding, decompress] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        for (let time = 0; time < 2; time++) {
          const compressed = await visitor().get('/mapping', { 'accept-encoding': encoding });
          expect(compressed.headers['content-encoding']).toBe(encoding);
          expect(compressed.headers.vary).toContain('Accept-Encoding');
          expect(decompress(compressed.rawPayload).toString()).toBe(plain.body);
          expect(compressed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
        }
      }
    });

    it('gives visitors who ask while a profile is saved either the page before or the page after, never a mix', async () => {
      const focal = await people.client('unaids focal point', { roles: ['focal_point'], entity: 'UNAIDS' });
      const version = /name="version" value="(\d+)"/.exec((await focal.get('/members/unaids/profile')).body)?.[1] as string;
      const reads = Array.from({ length: 12 }, () => visitor().get('/members/unaids', { 'accept-encoding': 'gzip' }));
      const saving = focal.post('/members/unaids/profile', { version, regions: ['africa'], forms: 'labour', initiatives: 'An initiative saved while visitors read' });
      const [saved, ...pages] = await Promise.all([saving, ...reads]);
      expect(saved.statusCode).toBe(303);
      for (const page of pages) {
        const body = page.headers['content-encoding'] === 'gzip' ? gunzipSync(page.rawPayload).toString() : page.body;
        expect(page.headers.etag).toBe(weakEtagOf(body));
        expect(body).toContain('</html>');
      }
      expect((await visitor().get('/members/unaids')).body).toContain('An initiative saved while visitors read');
    });

    it('sends versioned assets with a lifetime of a year, and the unversioned address with a short one', async () => {
      const home = (await visitor().get('/')).body;
      const css = /href="(\/assets\/site\.css\?v=[\w-]+)"/.exec(home)?.[1] as string;
      expect(css).toBeDefined();
      expect((await visitor().get(css)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await visitor().get('/assets/site.css')).headers['cache-control']).toBe('public, max-age=300');
      expect((await visitor().get('/assets/site.css?v=old')).headers['cache-control']).toBe('public, max-age=300');
    });

    it('tracks changes to every table public pages may read (a table added later must say whether it is tracked)', async () => {
      const untracked = await sql<{ name: string }>`
        select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = current_schema() and c.relkind = 'r'
           and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'content_changed')
         order by 1`.execute(ctx().deps.db);
      expect(untracked.rows.map((row) => row.name)).toEqual([
        'api_tokens',
        'audit_log',
        'kysely_migration',
        'kysely_migration_lock',
        'oidc_sign_ins',
        'outgoing_mail',
        'passkeys',
        'password_reset_requests',
        'progress_reminders',
        'recovery_codes',
        'report_jobs',
        'sessions',
        'sign_in_attempts',
        'webauthn_challenges',
      ]);
    });
  });
}
