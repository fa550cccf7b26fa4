import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import * as plans from '../progress/plan.service';

const periodId = 1; // the sample 2022 period, open on the test day (2022-11-20)

for (const kind of testDatabaseKinds()) {
  describe(`My work [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client, people } = signedInPeople(ctx);
    const chair = () => client('chair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const focal = (entity: string) => client(`focal-${entity}`, { roles: ['focal_point'], entity });
    const member = () => client('member', { roles: ['member'], entity: 'UNHCR' });
    const section = (body: string, kind: string) => {
      const start = body.indexOf(`id="work-${kind}"`);
      if (start < 0) return null;
      const end = body.indexOf('<section', start);
      return body.slice(start, end < 0 ? undefined : end);
    };

    async function submittedUpdate(entity: string): Promise<number> {
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const item = plan?.items.find((candidate) => candidate.code === '6.1.1');
      const values = Object.fromEntries((item?.indicators ?? []).map((indicator) => [`indicator_${indicator.id}`, '1']));
      const created = await (await focal(entity)).post('/progress/updates', {
        period: String(periodId),
        item: String(item?.id),
        status: 'on_track',
        narrative: `Work of ${entity}.`,
        intent: 'submit',
        ...values,
      });
      expect(created.statusCode, created.body.slice(0, 300)).toBe(303);
      return Number(/\/progress\/updates\/(\d+)/.exec(String(created.headers.location))?.[1]);
    }

    it('lands on My work after sign-in', async () => {
      await chair();
      const signIn = new TestClient(ctx().app);
      const response = await signIn.signIn(people.chair?.email as string, people.chair?.password as string);
      expect(response.headers.location).toBe('/work');
    });

    it('shows each person, at the same time, only what waits for them and their organization', async () => {
      const fromUnhcr = await submittedUpdate('UNHCR');
      const fromOsce = await submittedUpdate('OSCE');
      const pen = await chair();
      const { version } = await ctx().database.db.selectFrom('progress_updates').select('version').where('id', '=', fromUnhcr).executeTakeFirstOrThrow();
      expect((await pen.post(`/progress/updates/${fromUnhcr}/return`, { version: String(version), comment: 'Please name the countries.' })).statusCode).toBe(303);

      const slug = 'work-round';
      expect((await pen.post('/statements/new', { kind: 'joint_statement', title: 'A text for My work', slug, body: 'One.\n\nTwo.' })).statusCode).toBe(303);
      expect((await (await member()).post(`/statements/${slug}/comments`, { paragraph: '1', body: 'Say more.' })).statusCode).toBe(303);
      expect(
        (await pen.post(`/statements/${slug}/rounds`, { rule: 'consensus', deadline: '2022-11-30', deadline_time: '18:00', time_zone: 'Europe/Vienna', note: 'Positions by 30 November, please.' }))
          .statusCode,
      ).toBe(303);
      const round = await ctx()
        .database.db.selectFrom('endorsement_rounds as r')
        .innerJoin('statements as s', 's.id', 'r.statement_id')
        .select('r.id')
        .where('s.slug', '=', slug)
        .executeTakeFirstOrThrow();
      expect((await (await focal('UNODC')).post(`/statements/${slug}/rounds/${round.id}/position`, { position: 'endorse', version: '0' })).statusCode).toBe(303);

      const consulted = 'work-consultation';
      expect((await pen.post('/statements/new', { kind: 'joint_statement', title: 'A text in consultation', slug: consulted, body: 'One.' })).statusCode).toBe(303);
      expect((await pen.post(`/statements/${consulted}/consultation`, { roles: ['member'], deadline: '2022-11-28' })).statusCode).toBe(303);

      const admin = await client('admin', { roles: ['admin'], entity: 'UNODC' });
      expect((await admin.post('/account/invite', { name: 'Newly Invited', email: 'newly.invited@unodc.example.org', roles: 'member', entity: 'UNODC' })).statusCode).toBe(303);

      const who = ['chair', 'UNHCR', 'OSCE', 'UNODC', 'member', 'admin'] as const;
      const clients = await Promise.all(who.map((name) => (name === 'chair' ? chair() : name === 'member' ? member() : name === 'admin' ? admin : focal(name))));
      const pages = await Promise.all(clients.map((one) => one.get('/work')));
      const [chairPage, unhcrPage, oscePage, unodcPage, memberPage, adminPage] = pages.map((page) => {
        expect(page.statusCode).toBe(200);
        return page.body;
      }) as [string, string, string, string, string, string];

      // The secretariat: the reports still in draft, and invitations not taken up; a focal point, only their organization's.
      expect(section(adminPage, 'report')).toContain('The 2022 annual report is a draft');
      expect(section(adminPage, 'invitation')).toContain('Newly Invited');
      expect(section(unodcPage, 'invitation')).toContain('Newly Invited');
      expect(section(oscePage, 'invitation')).not.toContain('Newly Invited');

      // The co-chair of 2022 reviews what was submitted (not what is back with its organization), and sees comments on the text they started.
      expect(section(chairPage, 'review')).toContain(`/progress/updates/${fromOsce}`);
      expect(section(chairPage, 'review')).not.toContain(`/progress/updates/${fromUnhcr}`);
      expect(section(chairPage, 'comments')).toContain('1 open comment');
      expect(chairPage).toMatch(/href="\/work"[^>]*>My work <span class="count"/);

      // Each focal point sees their own organization's returned update and the rounds it has not answered.
      expect(section(unhcrPage, 'returned')).toContain(`/progress/updates/${fromUnhcr}`);
      expect(section(unhcrPage, 'returned')).toContain('Please name the countries.');
      expect(section(unhcrPage, 'round')).toContain('A text for My work');
      expect(section(unhcrPage, 'round')).toContain('Positions by 30 November, please.');
      expect(section(unhcrPage, 'round')).toContain('30 November 2022 at 18:00 CET (Europe/Vienna)');
      expect(section(oscePage, 'returned')).toContain('Nothing returned.');
      expect(oscePage).not.toContain(`/progress/updates/${fromUnhcr}`);
      expect(oscePage).not.toContain('id="work-review"');
      expect(section(unodcPage, 'round')).toContain('No round awaits your organization.');

      // A member has no reporting or rounds to do: only what a consultation inviting members brings.
      expect(memberPage).not.toContain('id="work-round"');
      expect(section(memberPage, 'consultation')).toContain('A text in consultation');
      expect(section(memberPage, 'consultation')).toContain('Due 28 November 2022 at 23:59 UTC');
      expect(section(oscePage, 'consultation')).toContain('No consultation is open to you.');
    });

    it('is for signed-in people only', async () => {
      const response = await ctx().app.inject('/work');
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/login?next=%2Fwork');
    });
  });
}
