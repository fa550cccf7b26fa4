/**
 * A second, made-up group goes from an empty database to its first published annual report with the
 * real `icat` command and the real server, and nothing of ICAT shows: `icat init`, its settings at
 * /admin/group, its bundle with its own vocabulary and its plan (test/fixtures/second-group/), its people, a
 * reporting period filed by three organizations through the forms, the report as HTML and PDF, and
 * the public pages (docs/group-bundle.md, "A second group, as CI proves it").
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icatCommand, type CommandResult } from '../support/cli';
import { pdfInfo, pdfPages, requirePdftotext } from '../support/documents';
import { postMultipart } from '../support/multipart';
import { TestClient, type TestResponse } from '../support/http-client';
import { startServer, type ServerProcess } from '../support/server-process';
import { makeTempDir, onServer, testDatabaseKinds } from '../support/test-database';

const fixtures = join(import.meta.dirname, '../fixtures/second-group');
const groupFile = join(fixtures, 'group.yaml');
const planFile = join(fixtures, 'plan.yaml');
const year = 2024;
const password = 'a long passphrase for the second group';

const group = {
  name: 'Inter-Agency Working Group on Disability Inclusion',
  shortName: 'IAWG-DI',
  description: 'Twelve organizations working together for the inclusion of persons with disabilities.',
  about: 'The Working Group brings together twelve organizations that share plans, data and practice on disability inclusion.',
  home: 'Members report their progress on the joint workplan here.',
};

/** The people of the test: the secretariat, the year's two co-chairs, three focal points. */
const people = {
  secretariat: { email: 'secretariat@iawg-di.example.org', name: 'Samira Okonkwo-Lind', roles: ['admin'] },
  ariaChair: { email: 'chair@aria.example.org', name: 'Tomasz Arden', entity: 'ARIA', roles: ['cochair', 'focal_point'] },
  lumenChair: { email: 'chair@lumen.example.org', name: 'Inés Valmar', entity: 'LUMEN', roles: ['cochair', 'focal_point'] },
  coralis: { email: 'focal@coralis.example.org', name: 'Rahel Mbeki-Stone', entity: 'CORALIS', roles: ['focal_point'] },
  kestrel: { email: 'focal@kestrel.example.org', name: 'Oskar Pellinen', entity: 'KESTREL', roles: ['focal_point'] },
  galena: { email: 'focal@galena.example.org', name: 'Lucía Ferrand', entity: 'GALENA', roles: ['focal_point'] },
} as const;
type Person = keyof typeof people;

/** What each of the three organizations files: on which activity, what it says, which figure. */
const filings = [
  { who: 'coralis', code: '1.1.1', narrative: 'CORALIS released three easy-read guides on coastal evacuation routes.', value: '3' },
  { who: 'kestrel', code: '1.1.2', narrative: 'KESTREL captioned and sign-interpreted 14 of its 20 public webinars.', value: '70' },
  { who: 'galena', code: '2.1.1', narrative: 'GALENA piloted the classroom accommodation toolkit in 11 partner schools.', value: '11' },
] as const satisfies readonly { who: Person; code: string; narrative: string; value: string }[];

/**
 * ICAT's words, names and figures, none of which may show for the second group: its name and
 * subject, its bodies, its member acronyms (read from its bundle), its count of members, and the
 * mapping's forms of exploitation.
 */
function icatMarks(): RegExp[] {
  const bundle = parse(readFileSync(join(import.meta.dirname, '../../seed/reference/icat.group.yaml'), 'utf8')) as { members: { acronym: string }[] };
  const words = [
    'ICAT',
    'Inter-Agency Coordination Group',
    'trafficking',
    'traite',
    'Principals',
    'PLM',
    'survivor',
    '31 member organizations',
    'forced labour',
    'sexual exploitation',
    'forced marriage',
    'organ removal',
  ];
  const acronyms = bundle.members.map((member) => member.acronym);
  expect(acronyms).toContain('UNODC');
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    ...words.map((word) => new RegExp(`\\b${escapeRegExp(word)}`, 'i')),
    // Acronyms are matched as written, whole words (so "Women" in UN Women, not "women").
    ...acronyms.map((acronym) => new RegExp(`(?<![\\w-])${escapeRegExp(acronym)}(?![\\w-])`)),
  ];
}

/** The ICAT marks found in a text, each with a little of what surrounds it, to say where. */
function icatMarksIn(text: string): string[] {
  return icatMarks().flatMap((mark) => {
    const found = mark.exec(text);
    return found ? [`${mark.source}: …${text.slice(Math.max(0, found.index - 60), found.index + found[0].length + 40).replace(/\s+/g, ' ')}…`] : [];
  });
}

function decoded(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ');
}

/** The visible text of a page: no tags, scripts or styles, entities read. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, (entity) => decoded(entity))
    .replace(/\s+/g, ' ');
}

/** The fields of the form posting to `action` on a page, as the browser would send them untouched. */
function formFields(html: string, action: string): Record<string, string> {
  const form = new RegExp(`<form[^>]*action="${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\?[^"]*)?"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1];
  if (form === undefined) throw new Error(`No form posting to ${action}.`);
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1];
    if (!name) continue;
    const type = /\stype="([^"]*)"/.exec(input)?.[1] ?? 'text';
    if ((type === 'checkbox' && !/\schecked\b/.test(input)) || type === 'file' || type === 'submit') continue;
    fields[name] = decoded(/\svalue="([^"]*)"/.exec(input)?.[1] ?? 'on');
  }
  for (const [, name, text] of form.matchAll(/<textarea\b[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) if (name) fields[name] = decoded(text ?? '');
  return fields;
}

function succeeded(result: CommandResult, what: string): CommandResult {
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

function redirectedTo(response: TestResponse, pattern: RegExp): number {
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(303);
  const match = pattern.exec(String(response.headers.location));
  if (!match?.[1]) throw new Error(`Unexpected redirect to ${String(response.headers.location)}`);
  return Number(match[1]);
}

for (const kind of testDatabaseKinds()) {
  describe(`a second group, from an empty database to its published annual report [${kind}]`, { timeout: 240_000 }, () => {
    const dir = makeTempDir('icat-second-group-');
    let env: Record<string, string> = {};
    let dropDatabase = async () => {};
    let server: ServerProcess | undefined;
    const clients = new Map<Person, TestClient>();
    const updateIds = new Map<Person, number>();
    let periodId = 0;
    let reportHtml = '';
    let reportPdfText = '';

    const as = (person: Person): TestClient => {
      const client = clients.get(person);
      if (!client) throw new Error(`${person} is not signed in.`);
      return client;
    };

    beforeAll(async () => {
      env = { ICAT_SEED: 'false', LOG_LEVEL: 'silent' };
      if (kind === 'postgres') {
        const serverUrl = process.env.TEST_DATABASE_URL as string;
        const name = `icat_t_second_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        await onServer(serverUrl, `create database ${name}`);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        env.DATABASE_URL = url.toString();
        dropDatabase = () => onServer(serverUrl, `drop database if exists ${name} with (force)`);
      } else {
        env.ICAT_DATA_DIR = join(dir, 'data');
      }
    });

    afterAll(async () => {
      if (server) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      await dropDatabase();
      rmSync(dir, { recursive: true, force: true });
    });

    const addPerson = async (person: (typeof people)[Person]) => {
      const args = [
        'user',
        'add',
        '--email',
        person.email,
        '--name',
        person.name,
        ...('entity' in person ? ['--entity', person.entity] : []),
        ...person.roles.flatMap((role) => ['--role', role]),
        '--password-stdin',
      ];
      const added = succeeded(await icatCommand(args, env, `${password}\n`), `user add ${person.email}`);
      expect(added.stdout).toContain(person.email);
    };
    const signIn = async (person: Person) => {
      const client = new TestClient(server?.url ?? '');
      await client.signIn(people[person].email, password);
      clients.set(person, client);
    };

    it('starts from an empty database: icat init, the secretariat’s account, then the server', async () => {
      const init = succeeded(await icatCommand(['init', '--name', group.name, '--short-name', group.shortName, '--description', group.description], env), 'init');
      expect(init.stdout).toContain('icat user add');
      // Once the group is set up, a second init is refused and changes nothing.
      expect((await icatCommand(['init', '--name', 'Another group', '--short-name', 'OTHER'], env)).code).toBe(1);
      await addPerson(people.secretariat);
      server = await startServer(env);
      // An account exists already, so the first start creates no administrator of its own.
      expect(server.output()).not.toMatch(/Created the administrator/);
      await signIn('secretariat');
    });

    it('the secretariat completes the group’s settings at /admin/group', async () => {
      const admin = as('secretariat');
      const fields = formFields((await admin.get('/admin/group')).body, '/admin/group');
      expect(fields.shortName).toBe(group.shortName);
      expect(fields.fullName_en).toBe(group.name);
      const saved = await postMultipart(
        admin,
        '/admin/group',
        { ...fields, principals_en: 'Heads of agency', principalsMeeting_en: 'Heads of Agency Meeting', advisors_en: '', aboutText_en: group.about, homeText_en: group.home, prefix_principal: 'HAM' },
        [],
      );
      expect(saved.statusCode, visibleText(saved.body).slice(0, 600)).toBe(303);
    });

    it('loads the group, its plan and its people with the icat command, while the server runs', async () => {
      // The bundle brings the group's own vocabulary (its mapping dimensions, its kinds of organization) with its members.
      const mappingText = async () => visibleText((await new TestClient(server?.url ?? '').get('/mapping')).body);
      expect(await mappingText()).not.toContain('Disability group');
      const imported = succeeded(await icatCommand(['import-group', groupFile], env), 'import-group');
      expect(imported.stdout).toContain('imported in one transaction. New records: organizations, counts and history entries 18; terms 2; priorities 6; working groups 1.');
      // The running server holds the vocabularies in memory; it reads them again as soon as it sees the data move, not a minute later.
      await expect.poll(mappingText, { timeout: 10_000, interval: 250 }).toContain('Disability group');
      const again = succeeded(await icatCommand(['import-group', groupFile], env), 'import-group again');
      expect(again.stdout).toContain('organizations, counts and history entries 0');

      const plan = succeeded(await icatCommand(['import-plan', planFile, '--note', 'first workplan'], env), 'import-plan');
      expect(plan.stdout).toContain('created the plan "IAWG-DI Workplan 2024-2025" (iawg-di-workplan-2024), now version 1');

      for (const person of Object.keys(people) as Person[]) if (person !== 'secretariat') await addPerson(people[person]);
      // A focal point of an organization the group does not have is refused.
      const stranger = await icatCommand(
        ['user', 'add', '--email', 'someone@unodc.example.org', '--name', 'Nobody', '--entity', 'UNODC', '--role', 'focal_point', '--password-stdin'],
        env,
        `${password}\n`,
      );
      expect(stranger.code).toBe(1);
      for (const person of Object.keys(people) as Person[]) if (person !== 'secretariat') await signIn(person);

      // A focal point fills in its organization's mapping profile with the group's own values.
      const coralis = as('coralis');
      const profile = formFields((await coralis.get('/members/coralis/profile')).body, '/members/coralis/profile');
      const saved = await coralis.post('/members/coralis/profile', { version: profile.version ?? '0', disability_groups: ['sensory', 'psychosocial'], regions: ['africa'] });
      expect(saved.statusCode, visibleText(saved.body).slice(0, 600)).toBe(303);
    });

    it('opens a reporting period; three organizations file and submit; each sees only its own drafts; the co-chairs accept', async () => {
      const opened = await as('secretariat').post('/progress/periods', { year: String(year), label: 'Annual 2024', kind: 'yearly', opens_on: `${year}-01-15`, deadline: `${year + 1}-01-31` });
      periodId = redirectedTo(opened, /\/progress\/periods\/(\d+)/);
      // A focal point may not open a period.
      expect((await as('coralis').post('/progress/periods', { year: String(year), label: 'Mine', kind: 'yearly', opens_on: `${year}-02-01`, deadline: `${year}-12-31` })).statusCode).toBe(403);

      // Each organization files a draft on its own activity, from its list of what to report.
      for (const filing of filings) {
        const client = as(filing.who);
        const list = await client.get('/progress/report');
        expect(list.statusCode).toBe(200);
        const link = new RegExp(`href="/progress/updates/new\\?period=${periodId}&(?:amp;)?item=(\\d+)"[^>]*: ${filing.code.replace(/\./g, '\\.')}"`).exec(list.body);
        if (!link?.[1]) throw new Error(`${filing.who} has no link to file on ${filing.code}:\n${visibleText(list.body).slice(0, 1500)}`);
        const form = await client.get(`/progress/updates/new?period=${periodId}&item=${link[1]}`);
        expect(form.statusCode).toBe(200);
        const indicator = /name="indicator_(\d+)"/.exec(form.body)?.[1];
        if (!indicator) throw new Error(`The form for ${filing.code} has no indicator field.`);
        const created = await client.post('/progress/updates', {
          period: String(periodId),
          item: link[1],
          status: 'on_track',
          narrative: filing.narrative,
          [`indicator_${indicator}`]: filing.value,
          intent: 'save',
        });
        updateIds.set(filing.who, redirectedTo(created, /\/progress\/updates\/(\d+)/));
      }

      // Drafts: each focal point reads its own, and neither another organization's nor is shown it.
      for (const filing of filings) {
        const id = updateIds.get(filing.who) as number;
        expect(visibleText((await as(filing.who).get(`/progress/updates/${id}`)).body)).toContain(filing.narrative);
        for (const other of filings.filter((candidate) => candidate.who !== filing.who)) {
          const seen = await as(other.who).get(`/progress/updates/${id}`);
          expect(seen.statusCode, `${other.who} reading ${filing.who}'s draft`).toBe(403);
          expect(seen.body).not.toContain(filing.narrative);
          expect((await as(other.who).post(`/progress/updates/${id}/submit`, { version: '1' })).statusCode).toBe(403);
          expect((await as(other.who).get('/progress')).body).not.toContain(filing.narrative);
        }
      }

      // Submitted at the same time by the three organizations.
      const submitted = await Promise.all(filings.map((filing) => as(filing.who).post(`/progress/updates/${updateIds.get(filing.who)}/submit`, { version: '1' })));
      expect(submitted.map((response) => response.statusCode)).toEqual([303, 303, 303]);

      // A focal point may not accept; the two co-chairs of the year do, one update each and one at the same time.
      expect((await as('galena').post(`/progress/updates/${updateIds.get('coralis')}/accept`, { version: '2' })).statusCode).toBe(403);
      const accepted = await Promise.all([
        as('ariaChair').post(`/progress/updates/${updateIds.get('coralis')}/accept`, { version: '2', comment: 'Thank you.' }),
        as('lumenChair').post(`/progress/updates/${updateIds.get('kestrel')}/accept`, { version: '2', comment: '' }),
        as('secretariat').post(`/progress/updates/${updateIds.get('galena')}/accept`, { version: '2', comment: '' }),
      ]);
      expect(accepted.map((response) => response.statusCode)).toEqual([303, 303, 303]);

      // Accepted: every member reads all three.
      for (const filing of filings) {
        const page = await as('coralis').get(`/progress/updates/${updateIds.get(filing.who)}`);
        expect(page.statusCode).toBe(200);
        expect(visibleText(page.body)).toContain(filing.narrative);
      }
    });

    it('generates the annual report as HTML and PDF, and publishes it', async () => {
      requirePdftotext();
      const out = join(dir, 'report');
      const generated = succeeded(await icatCommand(['report', String(year), '--format', 'html,pdf', '--out', out], env), 'report');
      const paths = generated.stdout.split('\n').filter((line) => line.trim() !== '');
      const htmlPath = paths.find((path) => path.endsWith('.html'));
      const pdfPath = paths.find((path) => path.endsWith('.pdf'));
      if (!htmlPath || !pdfPath) throw new Error(`No HTML or PDF among the files written:\n${generated.stdout}`);
      // Files are named after the group.
      expect(paths.map((path) => path.split('/').at(-1))).toEqual(expect.arrayContaining(['iawg-di-annual-report-2024.html', 'iawg-di-annual-report-2024.pdf']));
      reportHtml = visibleText(readFileSync(htmlPath, 'utf8'));
      reportPdfText = pdfPages(readFileSync(pdfPath)).join('\n').replace(/\s+/g, ' ');
      // The PDF's document information names the group as its author and creator, not the browser.
      const info = pdfInfo(readFileSync(pdfPath));
      expect(info.Author).toBe(group.name);
      expect(info.Creator).toBe(group.name);
      expect(info.Title).toContain('2024');

      // The workspace takes it to final, then published.
      const chair = as('ariaChair');
      const workspace = await chair.get(`/reports/${year}/edit`);
      expect(workspace.statusCode).toBe(200);
      const version = () => /name="version" value="(\d+)"/.exec(workspace.body)?.[1] ?? '';
      expect((await chair.post(`/reports/${year}/finalize`, { version: version() })).statusCode).toBe(303);
      const final = await chair.get(`/reports/${year}/edit`);
      const finalVersion = /action="\/reports\/\d+\/publish"[\s\S]*?name="version" value="(\d+)"/.exec(final.body)?.[1] ?? '';
      expect((await chair.post(`/reports/${year}/publish`, { version: finalVersion })).statusCode).toBe(303);
      const published = await new TestClient(server?.url ?? '').get(`/reports/${year}`);
      expect(published.statusCode).toBe(200);
    });

    it('the report names the group and the three organizations’ progress, and nothing of ICAT', () => {
      for (const [format, text] of [
        ['HTML', reportHtml],
        ['PDF', reportPdfText],
      ] as const) {
        const ownWords = ['Heads of agency', 'NGO alliance', 'Organizations by disability group addressed', 'Basin Equal Access Council of Nations'];
        for (const expected of [group.shortName, 'ARIA', 'LUMEN', 'CORALIS', 'KESTREL', 'GALENA', 'IAWG-DI Workplan 2024-2025', ...ownWords, ...filings.map((filing) => filing.narrative)]) {
          expect.soft(text, `${format} names ${expected}`).toContain(expected);
        }
        // The PDF's cover sets the name in capitals.
        expect.soft(text.toLowerCase(), `${format} names the group in full`).toContain(group.name.toLowerCase());
        expect.soft(icatMarksIn(text).join('\n'), `ICAT in the ${format}`).toBe('');
      }
    });

    it('the public pages name the group and nothing of ICAT', async () => {
      const visitor = new TestClient(server?.url ?? '');
      for (const path of ['/', '/about', '/members', '/mapping', `/reports/${year}`]) {
        const page = await visitor.get(path);
        expect(page.statusCode, path).toBe(200);
        const text = visibleText(page.body);
        expect.soft(text, `${path} names the group`).toContain(group.shortName);
        expect.soft(icatMarksIn(text).join('\n'), `ICAT on ${path}`).toBe('');
      }
      const members = visibleText((await visitor.get('/members')).body);
      expect(members).toContain('Knowledge Exchange on Sign-language and Tactile Resources for Equal Learning');
      expect(members).toContain('NGO alliance');
      expect(visibleText((await visitor.get('/about')).body)).toContain(group.about);
      expect(visibleText((await visitor.get('/')).body)).toContain(group.description);
      const mapping = visibleText((await visitor.get('/mapping')).body);
      expect(mapping).toContain('Disability group');
      expect(mapping).toContain('Psychosocial');
    });
  });
}
