import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { outbox } from '../../../test/support/mail';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { fixedClock } from '../../lib/clock';
import * as accounts from '../accounts/accounts.service';
import * as meetings from '../meetings/meetings.service';
import * as statements from './statements.service';

for (const kind of testDatabaseKinds()) {
  describe(`statements and endorsement rounds [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client, people } = signedInPeople(ctx);
    const cochair = () => client('cochair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const admin = () => client('admin', { roles: ['admin'], entity: 'UNODC' });
    const focal = (entity: string) => client(`focal-${entity}`, { roles: ['focal_point'], entity });
    const member = () => client('member', { roles: ['member'], entity: 'UNHCR' });
    const survivor = () => client('survivor', { roles: ['survivor_advisor'], name: 'Asha Survivor-Advisor' });

    async function actorOf(name: string) {
      const id = people[name]?.id as number;
      const account = await ctx().database.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return accounts.actorFor(ctx().deps, account, null);
    }

    async function statementJson(slug: string) {
      const response = await (await cochair()).get(`/api/v1/statements/${slug}`);
      expect(response.statusCode).toBe(200);
      return response.json();
    }

    async function createDraft(slug: string, body = 'First paragraph.\n\nSecond paragraph about crises.\n\nThird paragraph.'): Promise<void> {
      const response = await (await cochair()).post('/statements/new', { kind: 'call_to_action', title: `Call to action ${slug}`, slug, body });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/statements/${slug}?notice=created`);
    }

    async function openRound(slug: string, form: Record<string, string>): Promise<number> {
      const response = await (await cochair()).post(`/statements/${slug}/rounds`, { deadline: '2022-11-30', ...form });
      expect(response.statusCode, response.body.slice(0, 500)).toBe(303);
      return (await statementJson(slug)).rounds.find((round: { open: boolean }) => round.open).id;
    }

    async function position(entity: string, slug: string, roundId: number, form: Record<string, string>) {
      return (await focal(entity)).post(`/statements/${slug}/rounds/${roundId}/position`, { version: '0', ...form });
    }

    it('runs the whole lifecycle: draft, versions and diff, consultation, round, adoption, publication', async () => {
      const slug = 'crises-call-2022';
      await createDraft(slug);
      const pen = await cochair();

      // A new version, and a readable diff between the two.
      const draft = await statementJson(slug);
      expect(draft.status).toBe('drafting');
      const saved = await pen.post(`/statements/${slug}/edit`, {
        title: draft.title,
        body: 'Opening paragraph.\n\nSecond paragraph about humanitarian crises and conflicts.\n\nThird paragraph.\n\nA new fourth paragraph.',
        note: 'Sharper second paragraph',
        version: String(draft.version),
      });
      expect(saved.headers.location).toContain('notice=saved&version=2');
      const diff = await pen.get(`/statements/${slug}/diff?from=1&to=2`);
      expect(diff.statusCode).toBe(200);
      expect(diff.body).toContain('<p class="diff-changed"><del>First</del><ins>Opening</ins> paragraph.</p>');
      expect(diff.body).toContain('Second paragraph about <ins>humanitarian </ins>crises<ins> and conflicts</ins>.');
      expect(diff.body).toContain('<p class="diff-same">Third paragraph.</p>');
      expect(diff.body).toContain('<p class="diff-added"><ins>A new fourth paragraph.</ins></p>');

      // A stale save is refused and shows the newer text.
      const stale = await pen.post(`/statements/${slug}/edit`, { title: draft.title, body: 'Something else.', version: String(draft.version) });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('A new fourth paragraph.');

      // A member comments on paragraph 2; the survivor advisor cannot see the draft before being consulted.
      expect((await (await member()).post(`/statements/${slug}/comments`, { paragraph: '2', body: 'Name the conflicts.' })).statusCode).toBe(303);
      expect((await (await survivor()).get(`/statements/${slug}`)).statusCode).toBe(404);
      expect((await (await survivor()).post(`/statements/${slug}/comments`, { paragraph: '1', body: 'x' })).statusCode).toBe(403);

      // Consultation of survivor advisors; the comment is shown with the role only, as asked.
      const mailsBefore = (await outbox(ctx().deps)).length;
      expect((await pen.post(`/statements/${slug}/consultation`, { roles: ['survivor_advisor'], deadline: '2022-11-25', note: 'Your view matters.' })).statusCode).toBe(303);
      expect((await outbox(ctx().deps)).length).toBeGreaterThan(mailsBefore);
      const asSurvivor = await survivor();
      const page = await asSurvivor.get(`/statements/${slug}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('Name the conflicts.');
      expect((await asSurvivor.post(`/statements/${slug}/comments`, { paragraph: '2', body: 'Speak of exploitation in camps.', role_only: 'on' })).statusCode).toBe(303);
      const withComment = await pen.get(`/statements/${slug}`);
      expect(withComment.body).toContain('Speak of exploitation in camps.');
      expect(withComment.body).toContain('Survivor advisor');
      expect(withComment.body).not.toContain('Asha Survivor-Advisor');
      const commentRows = await ctx().database.db.selectFrom('statement_comments').selectAll().where('body', '=', 'Speak of exploitation in camps.').execute();
      expect(commentRows[0]).toMatchObject({ paragraph: 2, version_number: 2, role_only: true, author_role: 'survivor_advisor', status: 'open' });
      // The survivor advisor does not see the members' drafting comments; after the deadline, no more comments.
      const later = { ...ctx().deps, clock: fixedClock('2022-11-26T00:00:00Z') };
      await expect(statements.addComment(later, await actorOf('survivor'), slug, { paragraph: 1, body: 'Too late', role_only: false })).rejects.toMatchObject({ code: 'CONFLICT' });

      // Resolving a comment.
      const resolved = await pen.post(`/statements/${slug}/comments/${commentRows[0]?.id}/status`, { status: 'resolved' });
      expect(resolved.statusCode).toBe(303);
      expect(
        (
          await ctx()
            .database.db.selectFrom('statement_comments')
            .select('status')
            .where('id', '=', commentRows[0]?.id as number)
            .executeTakeFirstOrThrow()
        ).status,
      ).toBe('resolved');

      // The round, on version 2, by consensus; opening it closes the consultation.
      await focal('OSCE');
      const roundMailsFrom = (await outbox(ctx().deps)).length;
      const message = 'Please record your position by 10 December.';
      const roundId = await openRound(slug, { rule: 'consensus', note: message });
      const roundMails = (await outbox(ctx().deps)).slice(roundMailsFrom).filter((text) => text.includes('Subject: Endorsement round'));
      expect(roundMails.length).toBeGreaterThan(0);
      for (const text of roundMails) expect(text).toContain(message);
      expect((await (await focal('OSCE')).get(`/statements/${slug}`)).body).toContain(message);
      const opened = await statementJson(slug);
      expect(opened.status).toBe('endorsement');
      expect(opened.consultation).toBeNull();
      expect((await position('ICMPD', slug, roundId, { position: 'endorse', comment: 'Fully behind it.' })).statusCode).toBe(303);
      expect((await position('UNODC', slug, roundId, { position: 'endorse' })).statusCode).toBe(303);
      expect((await position('OSCE', slug, roundId, { position: 'abstain' })).statusCode).toBe(303);
      const tally = await (await member()).get(`/api/v1/statements/${slug}/rounds/${roundId}/tally`);
      expect(tally.json().text).toBe('2 of 31 endorsed, 1 abstention, 0 objections, 28 silent');
      expect(tally.json().totalAsOf).toBe('2023');

      // Positions of an open round are never public, and the draft is not either.
      expect((await ctx().app.inject(`/api/v1/statements/${slug}/rounds/${roundId}/tally`)).statusCode).toBe(401);
      expect((await ctx().app.inject(`/statements/${slug}`)).statusCode).toBe(404);
      const indexed = await ctx().database.db.selectFrom('search_index').selectAll().where('kind', '=', 'statement').where('url', '=', `/statements/${slug}`).executeTakeFirstOrThrow();
      expect(indexed.visibility).toBe('members');
      expect(indexed.body).not.toContain('Fully behind it.');

      // The round closes with the endorsers; adoption needs the endorsed version.
      expect((await pen.post(`/statements/${slug}/rounds/${roundId}/close`)).headers.location).toContain('outcome=endorsed');
      const meeting = await meetings.createMeeting(ctx().deps, await actorOf('cochair'), {
        level: 'principal',
        title: 'Extraordinary Principals meeting',
        date: '2022-12-15',
        time: '14:00',
        time_zone: 'Europe/Vienna',
        visibility: 'public',
        agenda: ['Adoption of the call'],
        participants: ['ICMPD', 'UNODC'],
        number: undefined,
        end_time: undefined,
        place: 'Vienna',
        online_url: undefined,
        summary: undefined,
        version: undefined,
      });
      // A meeting held before the round closed cannot adopt the text.
      const earlier = (await meetings.findMeetingIdByNumber(ctx().deps, 'principal', 3)) as number;
      const tooEarly = await (await admin()).post(`/meetings/${earlier}/decisions`, { type: 'adoption', statement: slug, title: '' });
      expect(tooEarly.statusCode).toBe(400);
      expect(tooEarly.body).toContain('the meeting was held on 15 November 2021, before the endorsement round of this text closed (20 November 2022)');
      expect((await statementJson(slug)).status).toBe('endorsement');
      const adopted = await (await admin()).post(`/meetings/${meeting.id}/decisions`, { type: 'adoption', statement: slug, title: '' });
      expect(adopted.statusCode, adopted.body.slice(0, 300)).toBe(303);
      expect(decodeURIComponent(adopted.headers.location as string)).toContain(`reference=PLM${meeting.number}/2022/1`);
      expect((await statementJson(slug)).status).toBe('adopted');

      // Publication: the public page holds the text, the date, the meeting and the endorsers.
      expect((await pen.post(`/statements/${slug}/publish`, {})).statusCode).toBe(303);
      const publicPage = await ctx().app.inject(`/statements/${slug}`);
      expect(publicPage.statusCode).toBe(200);
      expect(publicPage.body).toContain('A new fourth paragraph.');
      expect(publicPage.body).toContain('Extraordinary Principals meeting');
      expect(publicPage.body).toContain(`PLM${meeting.number}/2022/1`);
      expect(publicPage.body).toContain('20 November 2022');
      const endorsers = publicPage.body.slice(publicPage.body.indexOf('id="endorsers"'));
      expect(endorsers).toContain('International Centre for Migration Policy Development');
      expect(endorsers).toContain('United Nations Office on Drugs and Crime');
      expect(endorsers).not.toContain('Organization for Security and Co-operation in Europe');
      expect(publicPage.body).toContain('2 of 31 member organizations endorsed this text.');
      expect(publicPage.body).not.toContain('Fully behind it.');
      // The round's message to the focal points is for them, never for visitors (page or API).
      expect(publicPage.body).not.toContain(message);
      expect((await ctx().app.inject(`/api/v1/statements/${slug}`)).body).not.toContain(message);
      expect(publicPage.body).not.toContain('Speak of exploitation in camps.');
      const republished = await ctx().database.db.selectFrom('search_index').selectAll().where('kind', '=', 'statement').where('url', '=', `/statements/${slug}`).executeTakeFirstOrThrow();
      expect(republished.visibility).toBe('public');

      const listed = await statements.listPublishedStatements(ctx().deps, { limit: 10, year: 2022 });
      expect(listed.map((statement) => statement.slug)).toEqual(expect.arrayContaining([slug, 'call-to-action-humanitarian-crises-2022']));
      expect(listed.find((statement) => statement.slug === slug)).toMatchObject({ endorserCount: 2, adoption: { reference: `PLM${meeting.number}/2022/1` } });
      const withEndorsers = await statements.getStatementWithEndorsers(ctx().deps, slug);
      expect(withEndorsers.endorsement?.endorsers.map((entity) => entity.acronym)).toEqual(['ICMPD', 'UNODC']);

      // A published text no longer changes, and the audit log has the whole story.
      expect((await pen.post(`/statements/${slug}/edit`, { title: 'x title', body: 'y', version: '1' })).statusCode).toBe(409);
      const actions = await ctx()
        .database.db.selectFrom('audit_log')
        .select('action')
        .where('table_name', 'in', ['statements', 'endorsement_rounds', 'endorsement_positions', 'statement_comments', 'statement_consultations'])
        .execute();
      expect(new Set(actions.map((row) => row.action))).toEqual(
        new Set(['create', 'new_version', 'comment', 'open_consultation', 'resolve', 'open_round', 'record_position', 'close_round', 'adopt', 'publish']),
      );
    });

    it('lets a focal point change the position until the round closes, then refuses a late one', async () => {
      const slug = 'change-of-position';
      await createDraft(slug);
      const roundId = await openRound(slug, { rule: 'consensus' });
      expect((await position('OSCE', slug, roundId, { position: 'object', comment: 'Paragraph 2 goes too far.' })).statusCode).toBe(303);
      const row = await ctx().database.db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).executeTakeFirstOrThrow();
      // The form carries the version of the position it was opened on; a stale one is refused.
      expect((await position('OSCE', slug, roundId, { position: 'endorse', version: '0' })).statusCode).toBe(409);
      expect((await position('OSCE', slug, roundId, { position: 'endorse', comment: 'Resolved in discussion.', version: String(row.version) })).statusCode).toBe(303);
      const changed = await ctx().database.db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).executeTakeFirstOrThrow();
      expect(changed).toMatchObject({ position: 'endorse', comment: 'Resolved in discussion.', version: row.version + 1 });
      expect((await (await member()).get(`/api/v1/statements/${slug}/rounds/${roundId}/tally`)).json().text).toBe('1 of 31 endorsed, 0 objections, 30 silent');

      expect((await (await cochair()).post(`/statements/${slug}/rounds/${roundId}/close`)).headers.location).toContain('outcome=endorsed');
      const late = await position('OSCE', slug, roundId, { position: 'object', version: String(changed.version) });
      expect(late.statusCode).toBe(409);
      expect(late.body).toContain('positions are no longer recorded');
      const lateNew = await position('UNICEF', slug, roundId, { position: 'endorse' });
      expect(lateNew.statusCode).toBe(409);
      // After the deadline, even an open round takes no position.
      const slug2 = 'deadline-passed';
      await createDraft(slug2);
      const round2 = await openRound(slug2, { rule: 'consensus' });
      const afterDeadline = { ...ctx().deps, clock: fixedClock('2022-12-01T00:00:00Z') };
      await expect(statements.recordPosition(afterDeadline, await actorOf('focal-ICMPD'), slug2, round2, { position: 'endorse', version: 0 })).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('refuses the focal point of an organization that is not a member, and people who are not focal points', async () => {
      const slug = 'members-only-positions';
      await createDraft(slug);
      const roundId = await openRound(slug, { rule: 'consensus' });
      const coe = await focal('CoE');
      const refused = await coe.post(`/statements/${slug}/rounds/${roundId}/position`, { position: 'endorse', version: '0' });
      expect(refused.statusCode).toBe(403);
      expect((await (await member()).post(`/statements/${slug}/rounds/${roundId}/position`, { position: 'endorse', version: '0' })).statusCode).toBe(403);
      expect((await (await admin()).post(`/statements/${slug}/rounds/${roundId}/position`, { position: 'endorse', version: '0' })).statusCode).toBe(403);
      expect((await ctx().app.inject({ method: 'POST', url: `/statements/${slug}/rounds/${roundId}/position` })).statusCode).toBe(403);
      expect(await ctx().database.db.selectFrom('endorsement_positions').selectAll().where('round_id', '=', roundId).execute()).toEqual([]);
    });

    it('applies the consensus rule: one objection blocks, silence is not consent', async () => {
      const objected = 'consensus-objection';
      await createDraft(objected);
      const round1 = await openRound(objected, { rule: 'consensus' });
      await position('ICMPD', objected, round1, { position: 'endorse' });
      await position('OSCE', objected, round1, { position: 'object', comment: 'Not yet.' });
      expect((await (await cochair()).post(`/statements/${objected}/rounds/${round1}/close`)).headers.location).toContain('outcome=not_endorsed');
      const back = await statementJson(objected);
      expect(back.status).toBe('drafting');

      const silent = 'consensus-silence';
      await createDraft(silent);
      const round2 = await openRound(silent, { rule: 'consensus' });
      expect((await (await cochair()).post(`/statements/${silent}/rounds/${round2}/close`)).headers.location).toContain('outcome=not_endorsed');
    });

    it('applies the silence procedure: it runs to the deadline, then the silent consent, and are named', async () => {
      const slug = 'silence-procedure';
      await createDraft(slug);
      const roundId = await openRound(slug, { rule: 'silence', deadline: '2022-11-25', deadline_time: '18:00', time_zone: 'Europe/Vienna' });
      const round = await ctx().database.db.selectFrom('endorsement_rounds').selectAll().where('id', '=', roundId).executeTakeFirstOrThrow();
      expect(round.deadline.toISOString()).toBe('2022-11-25T17:00:00.000Z');
      // The page and the mail show the deadline in the zone it was set in, and name it.
      const shown = '25 November 2022 at 18:00 CET (Europe/Vienna)';
      expect((await (await focal('UNHCR')).get(`/statements/${slug}`)).body).toContain(shown);
      expect((await outbox(ctx().deps)).filter((text) => text.includes(`Endorsement round: Call to action ${slug}`)).every((text) => text.includes(shown))).toBe(true);
      await position('ICMPD', slug, roundId, { position: 'endorse' });
      await position('OSCE', slug, roundId, { position: 'abstain' });
      const early = await (await cochair()).post(`/statements/${slug}/rounds/${roundId}/close`);
      expect(early.statusCode).toBe(409);
      expect(early.body).toContain('runs until its deadline');

      const afterDeadline = { ...ctx().deps, clock: fixedClock('2022-11-26T09:00:00Z') };
      expect(await statements.closeRound(afterDeadline, await actorOf('cochair'), slug, roundId)).toBe('endorsed');
      const detail = await statements.getStatement(ctx().deps, await actorOf('cochair'), slug);
      expect(detail.endorsement?.endorsers.map((entity) => entity.acronym)).toEqual(['ICMPD']);
      const silentConsent = detail.endorsement?.silentConsent.map((entity) => entity.acronym) ?? [];
      expect(silentConsent).toContain('UNODC');
      expect(silentConsent).not.toContain('OSCE');
      expect(silentConsent).not.toContain('ICMPD');
      expect(silentConsent).not.toContain('CoE');

      const objected = 'silence-objection';
      await createDraft(objected);
      const round2 = await openRound(objected, { rule: 'silence', deadline: '2022-11-25' });
      await position('UNICEF', objected, round2, { position: 'object' });
      expect(await statements.closeRound(afterDeadline, await actorOf('cochair'), objected, round2)).toBe('not_endorsed');
    });

    it('applies a quorum: too few positions and the round fails, whatever the rule', async () => {
      const slug = 'quorum-missed';
      await createDraft(slug);
      const roundId = await openRound(slug, { rule: 'consensus', quorum: '3' });
      await position('ICMPD', slug, roundId, { position: 'endorse' });
      await position('UNODC', slug, roundId, { position: 'endorse' });
      expect((await (await cochair()).post(`/statements/${slug}/rounds/${roundId}/close`)).headers.location).toContain('outcome=no_quorum');

      const met = 'quorum-met';
      await createDraft(met);
      const round2 = await openRound(met, { rule: 'silence', quorum: '2', deadline: '2022-11-25' });
      await position('ICMPD', met, round2, { position: 'endorse' });
      await position('OSCE', met, round2, { position: 'abstain' });
      expect(await statements.closeRound({ ...ctx().deps, clock: fixedClock('2022-11-26T00:00:00Z') }, await actorOf('cochair'), met, round2)).toBe('endorsed');

      const invalid = await (await cochair()).post(`/statements/quorum-missed/rounds`, { rule: 'consensus', quorum: '40', deadline: '2022-11-30' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.body).toContain('must not exceed the 31 members');
    });

    it('voids the round when the text changes while it is open: a new round is needed', async () => {
      const slug = 'edited-during-round';
      await createDraft(slug);
      const roundId = await openRound(slug, { rule: 'consensus' });
      await position('ICMPD', slug, roundId, { position: 'endorse' });
      const before = await statementJson(slug);
      const edited = await (await cochair()).post(`/statements/${slug}/edit`, { title: before.title, body: 'A different text.\n\nWith two paragraphs.', version: String(before.version) });
      expect(edited.headers.location).toContain('notice=superseded');
      const after = await statementJson(slug);
      expect(after.status).toBe('drafting');
      expect(after.rounds[0]).toMatchObject({ id: roundId, outcome: 'superseded', open: false });
      expect((await position('UNODC', slug, roundId, { position: 'endorse' })).statusCode).toBe(409);
      const meetingId = (await meetings.findMeetingIdByNumber(ctx().deps, 'principal', 4)) as number;
      await expect(statements.adoptStatement(ctx().deps, await actorOf('cochair'), slug, { meeting: meetingId, title: undefined, body: undefined })).rejects.toMatchObject({ code: 'CONFLICT' });

      // A new round on the new version, endorsed; then a change to the endorsed text needs yet another round.
      const round2 = await openRound(slug, { rule: 'consensus' });
      expect((await statementJson(slug)).rounds[0]).toMatchObject({ id: round2, versionNumber: 2 });
      await position('ICMPD', slug, round2, { position: 'endorse' });
      await (await cochair()).post(`/statements/${slug}/rounds/${round2}/close`);
      const endorsed = await statementJson(slug);
      expect(endorsed.status).toBe('endorsement');
      await (await cochair()).post(`/statements/${slug}/edit`, { title: endorsed.title, body: 'A third text.', version: String(endorsed.version) });
      expect((await statementJson(slug)).status).toBe('drafting');
      await expect(statements.adoptStatement(ctx().deps, await actorOf('cochair'), slug, { meeting: meetingId, title: undefined, body: undefined })).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('shows the seeded texts as summaries, with the confirmed members as endorsers', async () => {
      const page = await ctx().app.inject('/statements/call-to-action-humanitarian-crises-2022');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Summary, not the published text');
      expect(page.body).toContain('PLM4/2022/1');
      expect(page.body).toContain('Fourth annual meeting of ICAT Principals');
      expect(page.body).toContain('31 of 31 member organizations endorsed this text.');
      expect(page.body).toContain('and 17 other member organizations that this directory does not name.');
      expect(page.body).toContain('Office of the Special Representative of the Secretary-General on Violence against Children');
      expect(page.body).not.toContain('Council of Europe');
      expect(page.body).not.toContain('United Nations Interregional Crime');
      const heads = await statements.getStatementWithEndorsers(ctx().deps, 'un-heads-call-for-action-2021');
      expect(heads.endorsement).toMatchObject({ total: 30, totalAsOf: '2021', unnamed: 16 });
      expect(heads.adoption?.reference).toBe('PLM3/2021/2');
      await expect(statements.getStatementWithEndorsers(ctx().deps, 'crises-call-draft-does-not-exist')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('tells a co-chair outside their term why no new text is offered', async () => {
      const nextYear = await client('cochair-2023', { roles: ['cochair'], entity: 'IOM' });
      const list = await nextYear.get('/statements/workspace');
      expect(list.body).not.toContain('href="/statements/new"');
      expect(list.body).toContain('Your organization co-chairs in 2023');
      await createDraft('out-of-term');
      const page = await nextYear.get('/statements/out-of-term');
      expect(page.body).not.toContain('href="/statements/out-of-term/edit"');
      expect(page.body).toContain('is for the secretariat and the co-chairs of 2022. Your organization co-chairs in 2023');
      const inTerm = await (await cochair()).get('/statements/workspace');
      expect(inTerm.body).toContain('href="/statements/new"');
      expect(inTerm.body).not.toContain("co-chairs' actions are not offered");
    });

    it('answers bad input with messages, never a 500', async () => {
      const pen = await cochair();
      const missing = await pen.post('/statements/new', { kind: 'manifesto', title: '', body: '' });
      expect(missing.statusCode).toBe(400);
      expect(missing.body).toContain('title');
      await createDraft('bad-input');
      expect((await pen.post('/statements/new', { kind: 'joint_statement', title: 'Again', slug: 'bad-input', body: 'x' })).statusCode).toBe(409);
      expect((await pen.post('/statements/bad-input/comments', { paragraph: '99', body: 'Where?' })).statusCode).toBe(400);
      expect((await pen.post('/statements/bad-input/rounds', { rule: 'majority', deadline: '2022-11-30' })).statusCode).toBe(400);
      expect((await pen.post('/statements/bad-input/rounds', { rule: 'consensus', deadline: '2022-01-01' })).statusCode).toBe(400);
      expect((await pen.get('/statements/bad-input/diff?from=1&to=9')).statusCode).toBe(404);
      expect((await pen.get('/statements/Not%20A%20Slug')).statusCode).toBe(400);
      expect((await pen.get('/statements/no-such-text')).statusCode).toBe(404);
    });
    it('invites the advisory role to a consultation only while the group names one', async () => {
      const slug = 'advisers-named-or-not';
      await createDraft(slug);
      const pen = await cochair();
      const named = (await pen.get(`/statements/${slug}`)).body;
      expect(named).toContain('value="survivor_advisor"');
      expect(named).toContain('Survivor advisor');
      useGroup(madeUpGroup);
      try {
        expect((await pen.get(`/statements/${slug}`)).body).not.toContain('value="survivor_advisor"');
        const refused = await pen.post(`/statements/${slug}/consultation`, { roles: ['survivor_advisor'], deadline: '2022-11-25' });
        expect(refused.statusCode).toBe(400);
        expect(refused.body).toContain('The group has no advisory role to offer: choose another role.');
        expect((await statementJson(slug)).status).toBe('drafting');
        expect((await pen.post(`/statements/${slug}/consultation`, { roles: ['member'], deadline: '2022-11-25' })).statusCode).toBe(303);
      } finally {
        useGroup(icat);
      }
    });
  });
}
