import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount, signedInPeople } from '../../../test/support/factories';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { outbox } from '../../../test/support/mail';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { localDate, zonedTimeToInstant } from '../../lib/zoned-time';
import * as accounts from '../accounts/accounts.service';
import * as meetings from './meetings.service';

describe('wall-clock times in a time zone', () => {
  it('turns a meeting time into its instant and back, across summer time', () => {
    expect(zonedTimeToInstant('2022-12-02', '10:00', 'Europe/Vienna').toISOString()).toBe('2022-12-02T09:00:00.000Z');
    expect(zonedTimeToInstant('2022-07-01', '10:00', 'Europe/Vienna').toISOString()).toBe('2022-07-01T08:00:00.000Z');
    expect(zonedTimeToInstant('2022-12-05', '09:30', 'America/New_York').toISOString()).toBe('2022-12-05T14:30:00.000Z');
    expect(zonedTimeToInstant('2022-12-05', '09:30', 'Asia/Kolkata').toISOString()).toBe('2022-12-05T04:00:00.000Z');
    expect(localDate(new Date('2022-12-01T23:30:00Z'), 'Europe/Vienna')).toBe('2022-12-02');
  });
});

const baseMeeting = {
  level: 'working',
  title: 'Working group on crises',
  date: '2022-12-05',
  time: '09:30',
  end_time: '11:00',
  time_zone: 'America/New_York',
  place: 'UN Headquarters, New York',
  online_url: 'https://meet.example.org/icat',
  visibility: 'public',
  agenda: 'Welcome\nTrafficking in humanitarian crises\nAny other business',
  participants: ['ICMPD', 'OSCE', 'UNODC'],
  summary: '',
};

for (const kind of testDatabaseKinds()) {
  describe(`meetings and the decisions register [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client, people } = signedInPeople(ctx);
    const cochair = () => client('cochair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const member = () => client('member', { roles: ['member'], entity: 'UNHCR' });

    async function actorOf(name: string) {
      const account = await ctx()
        .database.db.selectFrom('accounts')
        .selectAll()
        .where('id', '=', people[name]?.id as number)
        .executeTakeFirstOrThrow();
      return accounts.actorFor(ctx().deps, account, null);
    }

    async function createMeeting(form: Record<string, string | string[]> = {}): Promise<number> {
      const response = await (await cochair()).post('/meetings', { ...baseMeeting, ...form });
      expect(response.statusCode, response.body.slice(0, 600)).toBe(303);
      return Number(/\/meetings\/(\d+)/.exec(response.headers.location as string)?.[1]);
    }

    it('creates a meeting with its time zone, agenda and participants, and serves it as .ics', async () => {
      const id = await createMeeting();
      const row = await ctx().database.db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ level: 'working', number: 1, starts_on: '2022-12-05', time_zone: 'America/New_York', time_known: true });
      expect(row.starts_at.toISOString()).toBe('2022-12-05T14:30:00.000Z');
      const page = await ctx().app.inject(`/meetings/${id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Working level · meeting no. 1');
      expect(page.body).toContain('5 December 2022');
      expect(page.body).toContain('09:30');
      expect(page.body).toContain('<li>Trafficking in humanitarian crises</li>');

      const ics = await ctx().app.inject(`/meetings/${id}.ics`);
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      const text = ics.body.replace(/\r\n /g, '');
      expect(text).toContain('BEGIN:VEVENT');
      expect(text).toContain('DTSTART:20221205T143000Z');
      expect(text).toContain('DTEND:20221205T160000Z');
      expect(text).toContain('SUMMARY:Working group on crises');
      expect(text).toContain('LOCATION:UN Headquarters\\, New York / https://meet.example.org/icat');
      expect(text).toContain(`UID:meeting-${id}@localhost`);
      expect(text).toContain('2. Trafficking in humanitarian crises');
    });

    it('keeps a members-only meeting from the public, its list, its .ics and the feed', async () => {
      const id = await createMeeting({ title: 'Co-chairs preparatory call', visibility: 'members', level: 'group', date: '2022-12-01', time: '', end_time: '' });
      expect((await ctx().app.inject(`/meetings/${id}`)).statusCode).toBe(404);
      expect((await ctx().app.inject(`/meetings/${id}.ics`)).statusCode).toBe(404);
      expect((await ctx().app.inject('/meetings')).body).not.toContain('Co-chairs preparatory call');
      expect((await (await member()).get('/meetings')).body).toContain('Co-chairs preparatory call');
      expect((await (await member()).get(`/meetings/${id}`)).statusCode).toBe(200);
      const feed = await ctx().app.inject('/meetings.ics');
      expect(feed.statusCode).toBe(200);
      expect(feed.body).not.toContain('Co-chairs preparatory call');
      expect(feed.body).toContain('SUMMARY:Fourth annual meeting of ICAT Principals');
      // A meeting whose time is not known is a whole day in the calendar.
      expect(feed.body).toContain('DTSTART;VALUE=DATE:20221202');
      const own = await (await member()).get(`/meetings/${id}.ics`);
      expect(own.body).toContain('DTSTART;VALUE=DATE:20221201');
      const search = await ctx().database.db.selectFrom('search_index').select(['visibility']).where('kind', '=', 'meeting').where('record_id', '=', id).executeTakeFirstOrThrow();
      expect(search.visibility).toBe('members');
    });

    it('numbers the decisions of a meeting in order, even when recorded at the same moment', async () => {
      const id = await createMeeting({ level: 'principal', number: '7', title: 'Seventh Principals meeting', date: '2022-12-09' });
      const actor = await actorOf('cochair');
      const decided = await Promise.all(
        ['Assessment of the Plan', 'A second decision', 'A third decision'].map((title, index) =>
          meetings.recordDecision(ctx().deps, actor, id, { type: index === 0 ? 'assessment' : 'other', title, body: undefined, statement: undefined, term_year: undefined, chairs: [] }),
        ),
      );
      expect(decided.map((decision) => decision.reference).sort()).toEqual(['PLM7/2022/1', 'PLM7/2022/2', 'PLM7/2022/3']);
      const viaForm = await (await cochair()).post(`/meetings/${id}/decisions`, { type: 'other', title: 'A fourth decision', body: 'With **details**.' });
      expect(viaForm.statusCode).toBe(303);
      expect(decodeURIComponent(viaForm.headers.location as string)).toContain('reference=PLM7/2022/4');
      const page = await ctx().app.inject(`/meetings/${id}`);
      expect(page.body).toContain('id="decision-4"');
      expect(page.body).toContain('<strong>details</strong>');

      // The register: by type and year, and by words or reference.
      const register = await ctx().app.inject('/decisions?type=other&year=2022');
      expect(register.body).toContain('3 decisions');
      expect((await ctx().app.inject('/decisions?q=PLM7')).body).toContain('4 decisions');
      expect((await ctx().app.inject('/decisions?q=fourth')).body).toContain('1 decision<');
      expect((await ctx().app.inject('/decisions?type=endorsement_cochairs')).body).toContain('PLM3/2021/3');
      expect((await ctx().app.inject('/decisions?year=2021')).body).toContain('3 decisions');
      expect((await ctx().app.inject('/decisions?type=veto')).statusCode).toBe(400);
      const listed = await meetings.listDecisions(ctx().deps, { year: 2021 });
      expect(listed.map((decision) => decision.reference)).toEqual(['PLM3/2021/1', 'PLM3/2021/2', 'PLM3/2021/3']);

      // Decisions are on record: the meeting's number no longer changes.
      const current = await meetings.getMeeting(ctx().deps, actor, id);
      const renumber = await (await cochair()).post(`/meetings/${id}/edit`, {
        ...baseMeeting,
        level: 'principal',
        number: '8',
        title: 'Seventh Principals meeting',
        date: '2022-12-09',
        version: String(current.version),
      });
      expect(renumber.statusCode).toBe(409);
      // A number already taken at a level is refused.
      expect((await (await cochair()).post('/meetings', { ...baseMeeting, level: 'principal', number: '7' })).statusCode).toBe(409);
    });

    it('creates or confirms the term that an endorsement of co-chairs names', async () => {
      const id = await createMeeting({ level: 'principal', title: 'Principals meeting on terms', date: '2022-12-12' });
      const created = await (await cochair()).post(`/meetings/${id}/decisions`, { type: 'endorsement_cochairs', term_year: '2026', chairs: ['IOM', 'OAS'] });
      expect(created.statusCode, created.body.slice(0, 400)).toBe(303);
      const term2026 = await sql<{ id: number; endorsed_on: string; endorsed_by_decision_id: number }>`select id, endorsed_on, endorsed_by_decision_id from terms where year = 2026`.execute(
        ctx().database.db,
      );
      const decision = await ctx().database.db.selectFrom('decisions').selectAll().where('meeting_id', '=', id).executeTakeFirstOrThrow();
      expect(decision).toMatchObject({ type: 'endorsement_cochairs', term_year: 2026, title: 'Endorsement of IOM and OAS as co-chairs for 2026' });
      expect(term2026.rows[0]).toMatchObject({ endorsed_on: '2022-12-12', endorsed_by_decision_id: decision.id });
      const chairs = await ctx()
        .database.db.selectFrom('term_chairs')
        .innerJoin('entities', 'entities.id', 'term_chairs.entity_id')
        .select('entities.acronym')
        .where('term_chairs.term_id', '=', term2026.rows[0]?.id as number)
        .orderBy('term_chairs.position')
        .execute();
      expect(chairs.map((chair) => chair.acronym)).toEqual(['IOM', 'OAS']);

      // A term on record is confirmed and names the decision; the seed's terms do too.
      await (await cochair()).post(`/meetings/${id}/decisions`, { type: 'endorsement_cochairs', term_year: '2025', chairs: ['OAS', 'UNODC'] });
      const confirmed = await sql<{ year: number; endorsed_by_decision_id: number | null }>`select year, endorsed_by_decision_id from terms where year in (2022, 2023, 2025) order by year`.execute(
        ctx().database.db,
      );
      expect(confirmed.rows.every((row) => row.endorsed_by_decision_id !== null)).toBe(true);
      const audit = await ctx().database.db.selectFrom('audit_log').select(['action']).where('table_name', '=', 'terms').execute();
      expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['create', 'confirm']));

      const invalid = await (await cochair()).post(`/meetings/${id}/decisions`, { type: 'endorsement_cochairs', chairs: ['NOBODY'] });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.body).toContain('not known: NOBODY');
      const noStatement = await (await cochair()).post(`/meetings/${id}/decisions`, { type: 'adoption' });
      expect(noStatement.statusCode).toBe(400);
      const published = await (await cochair()).post(`/meetings/${id}/decisions`, { type: 'adoption', statement: 'call-to-action-humanitarian-crises-2022' });
      expect(published.statusCode).toBe(409);
      expect((await (await member()).post(`/meetings/${id}/decisions`, { type: 'other', title: 'Not mine to take' })).statusCode).toBe(403);
    });

    it('locks the minutes once approved', async () => {
      const id = await createMeeting({ title: 'Meeting with minutes', date: '2022-11-10' });
      const pen = await cochair();
      let meeting = await meetings.getMeeting(ctx().deps, await actorOf('cochair'), id);
      expect((await pen.post(`/meetings/${id}/minutes`, { minutes: '## Opening\n\nThe co-chairs opened the meeting.', version: String(meeting.version) })).statusCode).toBe(303);
      // A stale save shows the saved minutes beside what was typed.
      const stale = await pen.post(`/meetings/${id}/minutes`, { minutes: 'Other minutes', version: String(meeting.version) });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('The co-chairs opened the meeting.');
      expect((await ctx().app.inject(`/meetings/${id}`)).body).not.toContain('The co-chairs opened the meeting.');
      expect((await (await member()).get(`/meetings/${id}`)).body).toContain('The co-chairs opened the meeting.');

      meeting = await meetings.getMeeting(ctx().deps, await actorOf('cochair'), id);
      expect((await pen.post(`/meetings/${id}/minutes/approve`, { version: String(meeting.version) })).statusCode).toBe(303);
      const publicPage = await ctx().app.inject(`/meetings/${id}`);
      expect(publicPage.body).toContain('The co-chairs opened the meeting.');
      expect(publicPage.body).toContain('Approved on 20 November 2022; locked');

      meeting = await meetings.getMeeting(ctx().deps, await actorOf('cochair'), id);
      const locked = await pen.post(`/meetings/${id}/minutes`, { minutes: 'Rewritten history', version: String(meeting.version) });
      expect(locked.statusCode).toBe(409);
      expect(locked.body).toContain('are locked');
      expect((await pen.get(`/meetings/${id}/minutes`)).statusCode).toBe(409);
      expect((await pen.post(`/meetings/${id}/minutes/approve`, { version: String(meeting.version) })).statusCode).toBe(409);
      const row = await ctx().database.db.selectFrom('meetings').select(['minutes', 'minutes_approved_at']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.minutes).toBe('## Opening\n\nThe co-chairs opened the meeting.');
      expect(row.minutes_approved_at?.toISOString()).toBe('2022-11-20T10:00:00.000Z');
    });

    it('mails invitations to the focal points of the organizations concerned, and records attendance and documents', async () => {
      const osce = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'OSCE', email: 'focal.osce@osce.example.org' });
      await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'UNICEF', email: 'focal.unicef@unicef.example.org' });
      const id = await createMeeting({ title: 'Meeting with invitations', participants: ['ICMPD', 'OSCE'] });
      const before = (await outbox(ctx().deps)).length;
      const sent = await (await cochair()).post(`/meetings/${id}/invitations`);
      expect(sent.statusCode).toBe(303);
      const mails = (await outbox(ctx().deps)).slice(before);
      expect(mails.some((mail) => mail.includes(osce.email) && mail.includes('Invitation: Meeting with invitations'))).toBe(true);
      expect(mails.some((mail) => mail.includes('focal.unicef@unicef.example.org'))).toBe(false);
      expect(sent.headers.location).toContain(`count=${mails.length}`);
      const past = await meetings.findMeetingIdByNumber(ctx().deps, 'principal', 3);
      expect((await (await cochair()).post(`/meetings/${past}/invitations`)).statusCode).toBe(409);

      const detail = await meetings.getMeeting(ctx().deps, await actorOf('cochair'), id);
      const osceId = detail.participants.find((participant) => participant.entity.acronym === 'OSCE')?.entityId as number;
      const icmpdId = detail.participants.find((participant) => participant.entity.acronym === 'ICMPD')?.entityId as number;
      const recorded = await (await cochair()).post(`/meetings/${id}/attendance`, {
        entity: [String(icmpdId), String(osceId)],
        attendance: ['present', 'represented'],
        note: ['', 'By its Vienna office'],
      });
      expect(recorded.statusCode).toBe(303);
      const after = await meetings.getMeeting(ctx().deps, null, id);
      expect(after.participants.map((participant) => [participant.entity.acronym, participant.attendance, participant.note])).toEqual([
        ['ICMPD', 'present', null],
        ['OSCE', 'represented', 'By its Vienna office'],
      ]);
      const unicef = (await ctx().database.db.selectFrom('entities').select('id').where('acronym', '=', 'UNICEF').executeTakeFirstOrThrow()).id;
      expect((await (await cochair()).post(`/meetings/${id}/attendance`, { entity: String(unicef), attendance: 'absent' })).statusCode).toBe(400);

      expect((await (await cochair()).post(`/meetings/${id}/documents`, { title: 'Concept note', url: 'https://example.org/concept-note.pdf' })).statusCode).toBe(303);
      const refused = await (await cochair()).post(`/meetings/${id}/documents`, { title: 'Sneaky', url: 'javascript:alert(1)' });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('must be a web address');
      const withDocument = await meetings.getMeeting(ctx().deps, null, id);
      expect(withDocument.documents.map((document) => document.title)).toEqual(['Concept note']);
      expect((await (await cochair()).post(`/meetings/${id}/documents/${withDocument.documents[0]?.id}/delete`)).statusCode).toBe(303);
      expect((await meetings.getMeeting(ctx().deps, null, id)).documents).toEqual([]);
    });

    it('refuses a stale edit, bad input and people who do not run meetings', async () => {
      const id = await createMeeting({ title: 'Meeting to edit' });
      const meeting = await meetings.getMeeting(ctx().deps, await actorOf('cochair'), id);
      const pen = await cochair();
      expect((await pen.post(`/meetings/${id}/edit`, { ...baseMeeting, title: 'Renamed meeting', version: String(meeting.version) })).statusCode).toBe(303);
      const stale = await pen.post(`/meetings/${id}/edit`, { ...baseMeeting, title: 'Renamed again', version: String(meeting.version) });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('Renamed meeting');
      expect(stale.body).toContain('value="Renamed again"');

      const bad = await pen.post('/meetings', { ...baseMeeting, time_zone: 'Mars/Olympus', date: '2022-13-45', end_time: '08:00' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('must be a time zone');
      expect(bad.body).toContain('must be a real date');
      const backwards = await pen.post('/meetings', { ...baseMeeting, end_time: '08:00' });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.body).toContain('must not be before the start');
      expect((await (await member()).post('/meetings', baseMeeting)).statusCode).toBe(403);
      expect((await (await member()).get(`/meetings/${id}/edit`)).statusCode).toBe(403);
      expect((await ctx().app.inject('/meetings/new')).statusCode).toBe(303);
      const form = await (await cochair()).get('/meetings/new');
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('name="participants" value="ICMPD"');
      expect(form.body).not.toMatch(/name="participants" value="[^"]+" checked/);
      // A co-chair of another year is told why no new meeting is offered.
      const nextYear = await client('cochair-2023', { roles: ['cochair'], entity: 'IOM' });
      const list = await nextYear.get('/meetings');
      expect(list.body).not.toContain('href="/meetings/new"');
      expect(list.body).toContain('is for the secretariat and the co-chairs of 2022. Your organization co-chairs in 2023');
      expect((await ctx().app.inject('/api/v1/meetings/999999')).statusCode).toBe(404);
      const api = await ctx().app.inject('/api/v1/decisions?year=2022&type=endorsement_cochairs');
      expect(api.json().items.map((decision: { reference: string }) => decision.reference)).toContain('PLM4/2022/2');
    });
    it("numbers a new principal-level decision with the group's prefix; decisions on record keep theirs", async () => {
      const id = await createMeeting({ level: 'principal', number: '9', title: 'Ninth ministerial meeting', date: '2022-12-10' });
      const working = await createMeeting({ title: 'A working meeting under another group', date: '2022-12-11' });
      const actor = await actorOf('cochair');
      const decide = (meetingId: number, title: string) =>
        meetings.recordDecision(ctx().deps, actor, meetingId, { type: 'other', title, body: undefined, statement: undefined, term_year: undefined, chairs: [] });
      const before = await decide(id, 'Decided under the old prefix');
      useGroup(madeUpGroup);
      try {
        expect((await decide(id, 'Decided under the group prefix')).reference).toBe('MIN9/2022/2');
        // Only the principal level has the group's prefix: working meetings keep WLM.
        expect((await decide(working, 'A working decision')).reference).toMatch(/^WLM\d+\/2022\/1$/);
        const register = (await ctx().app.inject('/decisions?year=2022')).body;
        expect(register).toContain(before.reference);
        expect(register).toContain('MIN9/2022/2');
      } finally {
        useGroup(icat);
      }
      expect(before.reference).toBe('PLM9/2022/1');
    });
  });
}
