/**
 * The POST side of the pseudo-locale test: a refused form answers in the reader's language, down to
 * the message the service raised (a stale version, a wrong password, a file too large, a closed group).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createGroup } from '../../src/features/groups/groups.service';
import { maxFilesPerForm } from '../../src/http/uploads';
import { translator } from '../../src/lib/i18n';
import { maxUploadBytes } from '../../src/lib/uploads';
import { commandLineActor } from '../../src/policy/actor';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount, type TestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { samplePdf } from '../support/sample-files';

const fr = translator('fr');
const en = translator('en');
const group = '/groups/groupe-francophone';
const postFields = (title: string) => ({ kind: 'policy_brief', title, summary: 'Résumé.', crises: '', themes: '', regions: '', links: '' });

function decode(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
}

describe('refused form posts in French', () => {
  const ctx = useTestContext('pglite');
  let account: TestAccount;
  let french: TestClient;

  beforeAll(async () => {
    account = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'ICMPD', name: 'Françoise ICMPD' });
    french = new TestClient(ctx().app);
    await french.get('/?lang=fr');
    await french.signIn(account.email, account.password);
    await createGroup(ctx().deps, commandLineActor(), {
      name: 'Groupe francophone',
      kind: 'ad_hoc',
      mandate: 'Pour les essais.',
      formed_on: '2022-03',
      formed_reason: undefined,
      closed_on: undefined,
      entities: ['ICMPD'],
      conveners: ['ICMPD'],
      version: 0,
    });
    await createGroup(ctx().deps, commandLineActor(), {
      name: 'Groupe clos',
      kind: 'ad_hoc',
      mandate: 'Ses travaux sont terminés.',
      formed_on: '2022-03',
      formed_reason: undefined,
      closed_on: '2023-01',
      entities: ['ICMPD'],
      conveners: ['ICMPD'],
      version: 0,
    });
  });

  it('says that someone else saved the record meanwhile', async () => {
    const created = await postMultipart(french, `${group}/posts`, postFields('Note initiale'), []);
    expect(created.statusCode).toBe(303);
    const postUrl = String(created.headers.location).split('?')[0]!;
    const edit = { ...postFields('Note modifiée'), version: '1' };
    expect((await postMultipart(french, `${postUrl}/edit`, edit, [])).statusCode).toBe(303);
    const stale = await postMultipart(french, `${postUrl}/edit`, { ...edit, title: 'Modification perdue' }, []);
    expect(stale.statusCode).toBe(409);
    expect(decode(stale.body)).toContain(fr('form.stale'));
    expect(decode(stale.body)).not.toContain(en('form.stale'));
  });

  it('says that the current password is not the right one', async () => {
    const refused = await french.post('/account/password', { current: 'not-the-password', password: 'Un-nouveau-mot-de-passe-2026', confirm: 'Un-nouveau-mot-de-passe-2026' });
    expect(refused.statusCode).toBe(400);
    const body = decode(refused.body);
    expect(body).toContain(fr('raised.password.notCurrent'));
    expect(body).not.toContain(en('raised.password.notCurrent'));
  });

  it('says that a file is too large', async () => {
    const large = Buffer.concat([samplePdf, Buffer.alloc(maxUploadBytes + 1024, 0x20)]);
    const refused = await postMultipart(french, `${group}/posts`, postFields('Trop lourd'), [{ field: 'files', fileName: 'lourd.pdf', bytes: large }]);
    expect(refused.statusCode).toBe(413);
    expect(decode(refused.body)).toContain(fr('input.tooManyFiles', { count: maxFilesPerForm, size: maxUploadBytes / 1024 / 1024 }));
  });

  it('says that nothing new can be posted in a closed group', async () => {
    const refused = await postMultipart(french, '/groups/groupe-clos/posts', postFields('Trop tard'), []);
    expect(refused.statusCode).toBe(409);
    const body = decode(refused.body);
    expect(body).toContain(fr('raised.group.closed', { name: 'Groupe clos', date: '2023-01' }));
    expect(body).not.toContain('nothing new can be posted');
  });
});
