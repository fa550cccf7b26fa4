import { describe, expect, it } from 'vitest';
import { settleJobs, useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { outbox } from '../../../test/support/mail';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { schedules } from '../../jobs/queue';
import * as plans from '../progress/plan.service';
import { sendDailyDigests } from './notifications.service';

const periodId = 1; // the sample 2022 period, open on the test day (2022-11-20)

for (const kind of testDatabaseKinds()) {
  describe(`notifications at every hand-off [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client, people } = signedInPeople(ctx);
    const chair = () => client('chair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD', email: 'chair@icmpd.example.org' });
    const nextChair = () => client('next-chair', { roles: ['cochair'], entity: 'IOM', email: 'chair@iom.example.org' });
    const focal = (entity: string, n = 1) => client(`focal-${entity}-${n}`, { roles: ['focal_point'], entity, email: `focal${n}@${entity.toLowerCase()}.example.org` });
    const member = (name: string) => client(name, { roles: ['member'], entity: 'UNHCR', email: `${name}@unhcr.example.org` });

    async function mailSince(from: number): Promise<string[]> {
      await settleJobs(ctx().deps);
      return (await outbox(ctx().deps)).slice(from);
    }
    const to = (mails: string[], email: string) => mails.filter((text) => text.startsWith(`To: ${email}\n`));

    /** UNHCR's focal point submits an update on the plan item `code`, and the co-chair returns it. */
    async function submittedAndReturned(code: string): Promise<void> {
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const item = plan?.items.find((candidate) => candidate.code === code);
      const values = Object.fromEntries((item?.indicators ?? []).map((indicator) => [`indicator_${indicator.id}`, '1']));
      const created = await (await focal('UNHCR', 1)).post('/progress/updates', {
        period: String(periodId),
        item: String(item?.id),
        status: 'on_track',
        narrative: 'Done.',
        intent: 'submit',
        ...values,
      });
      expect(created.statusCode).toBe(303);
      const id = Number(/\/progress\/updates\/(\d+)/.exec(String(created.headers.location))?.[1]);
      const { version } = await ctx().database.db.selectFrom('progress_updates').select('version').where('id', '=', id).executeTakeFirstOrThrow();
      expect((await (await chair()).post(`/progress/updates/${id}/return`, { version: String(version), comment: 'Name the two countries.' })).statusCode).toBe(303);
      await settleJobs(ctx().deps);
    }

    it('tells the co-chairs of the year of a submitted update, and its organization when it is returned or accepted', async () => {
      await Promise.all([chair(), nextChair(), focal('UNHCR', 1), focal('UNHCR', 2), focal('OSCE')]);
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const item = plan?.items.find((candidate) => candidate.code === '6.1.1');
      const values = Object.fromEntries((item?.indicators ?? []).map((indicator) => [`indicator_${indicator.id}`, '1']));
      let from = (await outbox(ctx().deps)).length;
      const created = await (await focal('UNHCR', 1)).post('/progress/updates', {
        period: String(periodId),
        item: String(item?.id),
        status: 'on_track',
        narrative: 'Done.',
        intent: 'submit',
        ...values,
      });
      expect(created.statusCode).toBe(303);
      const id = Number(/\/progress\/updates\/(\d+)/.exec(String(created.headers.location))?.[1]);
      let mails = await mailSince(from);
      expect(to(mails, 'chair@icmpd.example.org')[0]).toContain('Subject: Progress update to review: UNHCR, 6.1.1');
      expect(to(mails, 'chair@iom.example.org')).toEqual([]);
      expect(to(mails, 'focal1@unhcr.example.org')).toEqual([]);

      from = (await outbox(ctx().deps)).length;
      const { version } = await ctx().database.db.selectFrom('progress_updates').select('version').where('id', '=', id).executeTakeFirstOrThrow();
      expect((await (await chair()).post(`/progress/updates/${id}/return`, { version: String(version), comment: 'Name the two countries.' })).statusCode).toBe(303);
      mails = await mailSince(from);
      for (const email of ['focal1@unhcr.example.org', 'focal2@unhcr.example.org']) {
        const [mail] = to(mails, email);
        expect(mail).toContain('Subject: Progress update returned: 6.1.1');
        expect(mail).toContain('Name the two countries.');
        expect(mail).toContain(`/progress/updates/${id}`);
      }
      expect(to(mails, 'focal1@osce.example.org')).toEqual([]);
      expect(to(mails, 'chair@icmpd.example.org')).toEqual([]);

      // Submitted again, then accepted: the organization is told.
      const versionOf = async () => String((await ctx().database.db.selectFrom('progress_updates').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version);
      expect((await (await focal('UNHCR', 2)).post(`/progress/updates/${id}/submit`, { version: await versionOf() })).statusCode).toBe(303);
      from = (await outbox(ctx().deps)).length;
      expect((await (await chair()).post(`/progress/updates/${id}/accept`, { version: await versionOf(), comment: 'Thank you.' })).statusCode).toBe(303);
      mails = await mailSince(from);
      expect(to(mails, 'focal1@unhcr.example.org')[0]).toContain('Subject: Progress update accepted: 6.1.1');
      expect(to(mails, 'focal2@unhcr.example.org')[0]).toContain('Thank you.');
      expect(to(mails, 'chair@icmpd.example.org')).toEqual([]);
    });

    it("follows each person's choice per kind: mail at once, a daily digest, or none; the app lists all, read or unread", async () => {
      const daily = await focal('OSCE', 2);
      const quiet = await focal('OSCE', 3);
      const choose = (mode: string) => ({
        update_submitted: 'immediate',
        update_returned: 'immediate',
        update_accepted: 'immediate',
        round_opened: mode,
        round_closing: mode,
        consultation_opened: 'immediate',
        comment_reply: 'immediate',
      });
      expect((await daily.post('/account/notifications', choose('daily'))).statusCode).toBe(303);
      expect((await quiet.post('/account/notifications', choose('none'))).statusCode).toBe(303);
      expect((await daily.get('/account/notifications')).body).toMatch(/name="round_opened"[\s\S]*?<option value="daily" selected/);
      const refused = await quiet.post('/account/notifications', { ...choose('none'), round_opened: 'hourly' });
      expect(refused.statusCode).toBe(400);
      expect(
        (
          await ctx()
            .database.db.selectFrom('notification_preferences')
            .select('mode')
            .where('account_id', '=', people['focal-OSCE-3']?.id as number)
            .where('kind', '=', 'round_opened')
            .executeTakeFirstOrThrow()
        ).mode,
      ).toBe('none');

      const pen = await chair();
      const slug = 'notified-round';
      expect((await pen.post('/statements/new', { kind: 'joint_statement', title: 'A text to notify', slug, body: 'One.\n\nTwo.' })).statusCode).toBe(303);
      let from = (await outbox(ctx().deps)).length;
      const message = 'Please record your position by 30 November.';
      expect((await pen.post(`/statements/${slug}/rounds`, { rule: 'consensus', deadline: '2022-11-30', deadline_time: '18:00', time_zone: 'Europe/Vienna', note: message })).statusCode).toBe(303);
      let mails = await mailSince(from);
      const [opened] = to(mails, 'focal1@osce.example.org');
      expect(opened).toContain('Subject: Endorsement round: A text to notify');
      expect(opened).toContain(message);
      expect(opened).toContain('30 November 2022 at 18:00 CET (Europe/Vienna)');
      expect(to(mails, 'focal2@osce.example.org')).toEqual([]);
      expect(to(mails, 'focal3@osce.example.org')).toEqual([]);

      // Everyone sees it in the app, whatever they chose for mail; unread until they say otherwise.
      const list = await quiet.get('/notifications');
      expect(list.body).toContain('Endorsement round: A text to notify');
      expect(list.body).toMatch(/href="\/notifications"[^>]*>Notifications <span class="count"/);
      const own = await ctx()
        .database.db.selectFrom('notifications')
        .select('id')
        .where('account_id', '=', people['focal-OSCE-3']?.id as number)
        .executeTakeFirstOrThrow();
      expect((await daily.post(`/notifications/${own.id}/read`)).statusCode).toBe(404);
      expect((await quiet.post(`/notifications/${own.id}/read`)).statusCode).toBe(303);
      expect((await quiet.get('/notifications')).body).not.toContain('Mark as read</button>');

      // The daily digest gathers what waited, once.
      from = (await outbox(ctx().deps)).length;
      expect(await sendDailyDigests(ctx().deps)).toEqual({ sent: 1 });
      mails = await mailSince(from);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain('To: focal2@osce.example.org');
      expect(mails[0]).toContain('Subject: ICAT platform: 1 notification of the day');
      expect(mails[0]).toContain('Endorsement round: A text to notify');
      expect(await sendDailyDigests(ctx().deps)).toEqual({ sent: 0 });
      expect(schedules['notifications.digest']).toBe('0 7 * * *');
    });

    it('lists the working groups of the person among the choices, with the same setting as the group page, and changes only their own', async () => {
      const osce = await focal('OSCE', 4);
      const unhcr = await focal('UNHCR', 4);
      const psg = '/groups/policy-support-group';
      const modeOf = async (who: string, slug: string) =>
        (
          await ctx()
            .database.db.selectFrom('group_subscriptions as s')
            .innerJoin('groups as g', 'g.id', 's.group_id')
            .select('s.mode')
            .where('s.account_id', '=', people[who]?.id as number)
            .where('g.slug', '=', slug)
            .executeTakeFirst()
        )?.mode ?? 'none';
      const groupSelect = (body: string) => /<form[^>]*action="\/groups\/policy-support-group\/subscription"[\s\S]*?<\/form>/.exec(body)?.[0] ?? '';

      // Listed with its current choice (none by default); a group of other organizations is not listed.
      let page = await osce.get('/account/notifications');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('New posts in your working groups');
      expect(groupSelect(page.body)).toContain('Policy Support Group');
      expect(groupSelect(page.body)).toMatch(/<option value="none" selected/);
      expect(page.body).not.toContain('/groups/working-group/subscription');

      // Changed here: the group page shows the same choice, and a change there shows here.
      const saved = await osce.post(`${psg}/subscription`, { mode: 'digest', from: 'account' });
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toBe('/account/notifications?notice=saved#group-mail');
      expect(await modeOf('focal-OSCE-4', 'policy-support-group')).toBe('digest');
      expect((await osce.get(psg)).body).toMatch(/name="mode" value="digest" checked/);
      expect((await osce.post(`${psg}/subscription`, { mode: 'immediate' })).statusCode).toBe(303);
      page = await osce.get('/account/notifications');
      expect(groupSelect(page.body)).toMatch(/<option value="immediate" selected/);

      // Each person has their own: another person's choice is untouched, even by a crafted field naming them.
      expect((await unhcr.post(`${psg}/subscription`, { mode: 'digest', from: 'account', account_id: String(people['focal-OSCE-4']?.id) })).statusCode).toBe(303);
      expect(await modeOf('focal-OSCE-4', 'policy-support-group')).toBe('immediate');
      expect(await modeOf('focal-UNHCR-4', 'policy-support-group')).toBe('digest');
      expect(groupSelect((await unhcr.get('/account/notifications')).body)).toMatch(/<option value="digest" selected/);

      // A group of which the person's organization is not a member, or none at all: refused, nothing stored.
      expect((await osce.post('/groups/working-group/subscription', { mode: 'immediate', from: 'account' })).statusCode).toBe(403);
      expect((await osce.post('/groups/no-such-group/subscription', { mode: 'immediate', from: 'account' })).statusCode).toBe(404);
      expect(await modeOf('focal-OSCE-4', 'working-group')).toBe('none');
      expect(await modeOf('focal-OSCE-4', 'policy-support-group')).toBe('immediate');
    });

    it('reminds, 48 hours before a round closes and once, the focal points of organizations without a position', async () => {
      const slug = 'notified-round';
      const round = await ctx()
        .database.db.selectFrom('endorsement_rounds as r')
        .innerJoin('statements as s', 's.id', 'r.statement_id')
        .select(['r.id'])
        .where('s.slug', '=', slug)
        .executeTakeFirstOrThrow();
      expect((await (await focal('UNHCR', 1)).post(`/statements/${slug}/rounds/${round.id}/position`, { position: 'endorse', version: '0' })).statusCode).toBe(303);
      const from = (await outbox(ctx().deps)).length;
      // The scheduled job does nothing while the deadline is more than 48 hours away...
      await ctx().deps.jobs.send('statements.round-reminders', {});
      expect(await mailSince(from)).toEqual([]);
      // ...and reminds once it is within 48 hours (30 November 18:00 CET is 17:00 UTC).
      const ahead = Date.parse('2022-11-29T09:00:00Z') - ctx().clock.now().getTime();
      ctx().clock.advance(ahead);
      try {
        await ctx().deps.jobs.send('statements.round-reminders', {});
        const mails = await mailSince(from);
        const [reminder] = to(mails, 'focal1@osce.example.org');
        expect(reminder).toContain('Subject: Endorsement round closes on 30 November 2022 at 18:00 CET (Europe/Vienna): A text to notify');
        expect(reminder).toContain('OSCE has not recorded a position yet');
        expect(reminder).toContain('Please record your position by 30 November.');
        expect(to(mails, 'focal1@unhcr.example.org')).toEqual([]);
        expect(to(mails, 'focal2@unhcr.example.org')).toEqual([]);
        const count = mails.length;
        await ctx().deps.jobs.send('statements.round-reminders', {});
        expect(await mailSince(from)).toHaveLength(count);
      } finally {
        ctx().clock.advance(-ahead);
      }
    });

    it('tells earlier commenters on a paragraph of a new comment, and shows each person only their own notifications', async () => {
      const pen = await chair();
      const slug = 'commented-text';
      expect((await pen.post('/statements/new', { kind: 'joint_statement', title: 'A text to comment', slug, body: 'One.\n\nTwo.' })).statusCode).toBe(303);
      const [first, second] = [await member('reader-one'), await member('reader-two')];
      expect((await first.post(`/statements/${slug}/comments`, { paragraph: '2', body: 'Shorter, please.' })).statusCode).toBe(303);
      const from = (await outbox(ctx().deps)).length;
      expect((await second.post(`/statements/${slug}/comments`, { paragraph: '2', body: 'I agree.', role_only: 'on' })).statusCode).toBe(303);
      const mails = await mailSince(from);
      expect(to(mails, 'reader-one@unhcr.example.org')[0]).toContain('Member commented on paragraph 2 of "A text to comment"');
      expect(to(mails, 'reader-two@unhcr.example.org')).toEqual([]);

      // Several people of several organizations at once: each sees only their own notifications.
      await submittedAndReturned('5.1.1');
      const clients = [await first, await focal('OSCE', 1), await focal('UNHCR', 1), await chair()];
      const pages = await Promise.all(clients.map((one) => one.get('/notifications')));
      expect(pages[0]?.body).toContain('A new comment after yours: A text to comment');
      expect(pages[1]?.body).not.toContain('A new comment after yours');
      expect(pages[1]?.body).not.toContain('Progress update returned');
      expect(pages[2]?.body).toContain('Progress update returned: 5.1.1');
      expect(pages[3]?.body).toContain('Progress update to review: UNHCR');
      expect(pages[3]?.body).not.toContain('Progress update returned');
    });
  });
}
