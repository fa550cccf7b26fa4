import { describe, expect, it } from 'vitest';
import * as plans from '../../src/features/progress/plan.service';
import { supportedLocales, translator } from '../../src/lib/i18n';
import { settleJobs, useTestContext } from '../support/build-test-app';
import { signedInPeople } from '../support/factories';
import { TestClient } from '../support/http-client';
import { outbox } from '../support/mail';
import { testDatabaseKinds } from '../support/test-database';

const htmlTag = (body: string) => /<html [^>]*>/.exec(body)?.[0] ?? '';

for (const kind of testDatabaseKinds()) {
  describe(`the platform in six languages [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client } = signedInPeople(ctx);

    it('follows Accept-Language on a first visit, and ?lang= in a shared address', async () => {
      const visitor = new TestClient(ctx().app);
      const french = await visitor.get('/members', { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' });
      expect(htmlTag(french.body)).toBe('<html lang="fr" dir="ltr">');
      expect(french.body).toContain(`>${translator('fr')('nav.members')}<`);
      expect(french.headers.vary).toContain('Accept-Language');

      const arabic = await new TestClient(ctx().app).get('/members?lang=ar', { 'accept-language': 'fr' });
      expect(htmlTag(arabic.body)).toBe('<html lang="ar" dir="rtl">');
      expect(arabic.body).toContain(translator('ar')('nav.members'));
    });

    it('remembers the choice, and a language it does not speak changes nothing', async () => {
      const visitor = new TestClient(ctx().app);
      await visitor.get('/?lang=zh');
      expect(htmlTag((await visitor.get('/members', { 'accept-language': 'ru' })).body)).toBe('<html lang="zh" dir="ltr">');
      expect(htmlTag((await visitor.get('/members?lang=xx')).body)).toBe('<html lang="zh" dir="ltr">');
      expect(htmlTag((await visitor.get('/members?lang=ru')).body)).toBe('<html lang="ru" dir="ltr">');
    });

    it('offers every language on every page, without JavaScript, with alternates for search engines', async () => {
      const page = (await new TestClient(ctx().app).get('/members?kind=un&page=1')).body;
      for (const locale of supportedLocales) {
        expect(page).toMatch(new RegExp(`<a href="/members\\?kind=un&amp;page=1&amp;lang=${locale}" lang="${locale}" hreflang="${locale}"`));
        expect(page).toContain(`<link rel="alternate" hreflang="${locale}" href="${ctx().deps.config.publicUrl}/members?kind=un&amp;page=1&amp;lang=${locale}">`);
      }
      expect(page).toContain('hreflang="x-default"');
      const sitemap = (await new TestClient(ctx().app).get('/sitemap.xml')).body;
      expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="ar" href="${ctx().deps.config.publicUrl}/members?lang=ar"/>`);
    });

    it("says a service's refusal in the reader's language, each reader their own, all at once", async () => {
      const requests = supportedLocales.flatMap((locale) => Array.from({ length: 5 }, () => locale));
      const answers = await Promise.all(requests.map((locale) => new TestClient(ctx().app).get('/members/no-such-member', { 'accept-language': locale })));
      answers.forEach((answer, index) => {
        const locale = requests[index]!;
        expect(answer.statusCode).toBe(404);
        expect(htmlTag(answer.body)).toBe(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
        expect(answer.body).toContain(translator(locale)('error.NOT_FOUND'));
      });
    });

    it("keeps a person's language in their account and writes their mail in it", async () => {
      const chair = await client('chair-fr', { roles: ['cochair', 'focal_point'], entity: 'ICMPD', email: 'chair-fr@icmpd.example.org' });
      const otherChair = await client('chair-en', { roles: ['cochair'], entity: 'ICMPD', email: 'chair-en@icmpd.example.org' });
      const focal = await client('focal-unhcr', { roles: ['focal_point'], entity: 'UNHCR' });

      expect((await chair.post('/account/language', { locale: 'klingon' })).statusCode).toBe(400);
      expect((await ctx().database.db.selectFrom('accounts').select('locale').where('email', '=', 'chair-fr@icmpd.example.org').executeTakeFirstOrThrow()).locale).toBeNull();
      const saved = await chair.post('/account/language', { locale: 'fr' });
      expect(saved.statusCode).toBe(303);
      const account = await chair.get(String(saved.headers.location));
      expect(htmlTag(account.body)).toBe('<html lang="fr" dir="ltr">');
      expect(account.body).toContain(translator('fr')('account.language.saved'));

      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const item = plan?.items.find((candidate) => candidate.code === '6.1.1');
      const values = Object.fromEntries((item?.indicators ?? []).map((indicator) => [`indicator_${indicator.id}`, '1']));
      const before = (await outbox(ctx().deps)).length;
      const created = await focal.post('/progress/updates', { period: '1', item: String(item?.id), status: 'on_track', narrative: 'Done.', intent: 'submit', ...values });
      expect(created.statusCode).toBe(303);
      await settleJobs(ctx().deps);
      const mails = (await outbox(ctx().deps)).slice(before);
      const mailTo = (email: string) => mails.find((text) => text.startsWith(`To: ${email}\n`)) ?? '';
      const subject = (locale: 'fr' | 'en') => translator(locale)('notification.update_submitted.subject', { entity: 'UNHCR', title: '6.1.1' });
      expect(mailTo('chair-fr@icmpd.example.org')).toContain(`Subject: ${subject('fr')}`);
      expect(mailTo('chair-en@icmpd.example.org')).toContain(`Subject: ${subject('en')}`);
      // In the app, each reads the same notification in the language of the page.
      expect((await chair.get('/notifications')).body).toContain(subject('fr'));
      expect((await otherChair.get('/notifications')).body).toContain(subject('en'));
    });
  });
}
