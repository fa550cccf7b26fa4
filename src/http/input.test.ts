/** Hostile text at the edge: refused with a message naming the field, or normalised; never a 500. */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../test/support/build-test-app';
import { signedInPeople } from '../../test/support/factories';
import { TestClient } from '../../test/support/http-client';
import { postMultipart } from '../../test/support/multipart';
import { snapshotTables } from '../../test/support/table-snapshot';
import * as progress from '../features/progress/progress.service';
import { normaliseText, oneLine } from '../lib/text';
import { commandLineActor } from '../policy/actor';

describe('the one normalisation of text', () => {
  it('refuses control characters, naming the first', () => {
    expect(normaliseText('a\u0000b')).toEqual({ ok: false, problem: 'control_character', codePoint: 'U+0000', index: 1 });
    expect(normaliseText('\u001b[31m')).toMatchObject({ ok: false, codePoint: 'U+001B' });
    expect(normaliseText('\u0085')).toMatchObject({ ok: false, codePoint: 'U+0085' });
  });

  it('keeps what a person types, in one form, with plain line ends', () => {
    expect(normaliseText('e\u0301te\u0301\r\nline\u2028two\u2029three\ttab')).toEqual({ ok: true, text: 'été\nline\ntwo\nthree\ttab' });
    expect(normaliseText('\u202eright-to-left\u202c 😀 𝄞')).toEqual({ ok: true, text: '\u202eright-to-left\u202c 😀 𝄞' });
  });

  it('strips what nobody can type or store: lone surrogates and noncharacters', () => {
    expect(normaliseText('a\ud800b\udc00c\uffff')).toEqual({ ok: true, text: 'abc' });
    expect(oneLine('Title\u2028with\nbreaks\u0000')).toBe('Title with breaks ');
  });
});

describe('hostile text over HTTP [pglite]', () => {
  const ctx = useTestContext('pglite');
  const people = signedInPeople(ctx);

  it('answers a NUL in a query, a path or the sign-in email with 400 naming the field', async () => {
    const page = await ctx().app.inject('/search?q=%00');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('<strong><code>q=%00</code></strong>: must not contain control characters (found U+0000)');
    const api = await ctx().app.inject('/api/v1/search?q=%00');
    expect(api.statusCode).toBe(400);
    expect(api.json().error.fields).toEqual([{ field: 'q', message: 'must not contain control characters (found U+0000)' }]);
    expect((await ctx().app.inject('/members/%00')).statusCode).toBe(400);
    const visitor = new TestClient(ctx().app);
    const signIn = await visitor.post('/login', { email: 'admin\u0000@example.org', password: 'whatever it is' });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.body).toContain('<strong>email</strong>');
  });

  it('refuses a control character in a form and changes nothing', async () => {
    const chair = await people.client('chair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const before = await snapshotTables(ctx().database.db);
    const response = await chair.post('/progress/pledges', { year: '2022', title: 'A pledge \u0007 with a bell' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<strong>title</strong>: must not contain control characters (found U+0007)');
    expect(await snapshotTables(ctx().database.db)).toEqual(before);
  });

  it('refuses a control character in a multipart form too', async () => {
    const member = await people.client('member', { roles: ['member'], entity: 'UNODC' });
    const response = await postMultipart(member, '/groups/policy-support-group/posts', { title: 'Post\u0000', body: 'Text', tags: 'x' }, []);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('must not contain control characters (found U+0000)');
  });

  it('keeps the dashboard up when a pledge title holds a line or paragraph separator', async () => {
    const chair = await people.client('chair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const viaForm = await chair.post('/progress/pledges', { year: '2022', title: 'Typed\u2028in Word' });
    expect(viaForm.statusCode).toBe(303);
    // Text that reached the database another way (an older import, a script) must not break the charts either.
    const admin = await people.client('admin', { roles: ['admin'], entity: 'UNODC' });
    await progress.createPledge(ctx().deps, commandLineActor('test'), { year: '2022', title: 'Pasted\u2029paragraph\u2028line' });
    const dashboard = await admin.get('/progress?year=2022');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('<svg');
    const pledges = await progress.listPledges(ctx().deps, 2022);
    expect(pledges.map((pledge) => pledge.title)).toContain('Typed\nin Word');
  });

  it('ignores a notice or outcome in the address that names no message, even one every object has', async () => {
    const member = await people.client('member', { roles: ['member'], entity: 'UNODC' });
    for (const url of ['/groups/policy-support-group?notice=__proto__', '/account?notice=constructor', '/statements/call-to-action-humanitarian-crises-2022?notice=round-closed&outcome=toString']) {
      expect((await member.get(url)).statusCode, url).toBe(200);
    }
  });

  it('changes nothing when a second-factor code is refused before any set-up', async () => {
    const member = await people.client('member', { roles: ['member'], entity: 'UNODC' });
    const before = await snapshotTables(ctx().database.db);
    expect((await member.post('/account/second-factor/confirm', { code: 'abc' })).statusCode).toBe(400);
    expect(await snapshotTables(ctx().database.db)).toEqual(before);
  });

  it('says what is wrong in words a person reads', async () => {
    const admin = await people.client('admin', { roles: ['admin'], entity: 'UNODC' });
    const group = await admin.post('/groups', { name: 'ab', kind: 'standing', mandate: 'A mandate' });
    expect(group.statusCode).toBe(400);
    expect(group.body).toContain('must be at least 3 characters');
    expect(group.body).not.toContain('is required');
    const member = await admin.get('/members/icmpd/edit');
    const version = /name="version" value="(\d+)"/.exec(member.body)?.[1] ?? '1';
    const year = await admin.post('/members/icmpd/edit', { name: 'ICMPD', kind: 'international', status: 'member', joined_year: 'abc', version });
    expect(year.statusCode).toBe(400);
    expect(year.body).toContain('must be a number');
    expect(year.body).not.toContain('NaN');
  });

  it('shows the token form again with its message when the name is too long', async () => {
    const member = await people.client('member', { roles: ['member'], entity: 'UNODC' });
    const response = await member.post('/account/tokens', { name: 'x'.repeat(81) });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>My account');
    expect(response.body).toContain('must be at most 80 characters');
  });

  it('says "too many fields" when a form sends too many fields, not "too many files"', async () => {
    const member = await people.client('member', { roles: ['member'], entity: 'UNODC' });
    const fields = Object.fromEntries(Array.from({ length: 200 }, (_, index) => [`field${index}`, 'x']));
    const response = await postMultipart(member, '/groups/policy-support-group/posts', { title: 'Post', body: 'Text', ...fields }, []);
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('The form has too many fields: at most 100.');
    expect(response.body).not.toContain('At most 5 files');
  });
});
