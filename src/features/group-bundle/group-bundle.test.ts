import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { referenceBundle, seedDir } from '../../cli/seed';
import { commandLineActor } from '../../policy/actor';
import { useTestContext } from '../../../test/support/build-test-app';
import { commandEnvironment, icatCommand } from '../../../test/support/cli';
import { snapshotTables } from '../../../test/support/table-snapshot';
import { makeTempDir, testDatabaseKinds } from '../../../test/support/test-database';
import { importVocabularies } from '../vocabularies/vocabularies.import.service';
import { exportBundle, importBundle } from './group-bundle.service';

/** A bundle that uses every field, written the way export writes it (so the round trip compares text). */
const fullBundle = `# A group's reference data (docs/group-bundle.md).
# Read it with: icat import-group FILE; write it with: icat export-group FILE

format: icat-group-bundle/1
group:
  short_name: SAMPLE
  full_name:
    en: Sample Coordination Group on Rivers
    fr: Groupe de coordination exemple sur les fleuves
  description: Coordinating the sample work on rivers
  principals: Heads of agency
  principals_meeting: Heads of agency meeting
  decision_prefixes:
    principal: HAM
    working: WLM
    group: GLM
  report_sections:
    crises:
      en: Responding to floods
      fr: Réponse aux inondations
  contact: office@sample.example.org
vocabularies:
  dimensions:
    - code: basins
      names:
        en: River basin
        fr: Bassin fluvial
      captions: Organizations by river basin
      values:
        - code: nile
          labels: Nile
        - code: danube
          labels:
            en: Danube
            fr: Danube
          retired_year: 2021
    - code: scales
      names: Scale
      charted: false
      values:
        - code: national
          labels: National
  kinds:
    names: Kinds of organization
    values:
      - code: un_entity
        labels: UN entity
      - code: international
        labels: International organization
      - code: regional
        labels: Regional organization
members:
  - acronym: ALPHA
    name: Alpha Agency (sample)
    kind: un_entity
    status: former
    joined: 2006
    left: 2015
    successor: BETA
    mandate: Coordinated the sample work until 2015.
    role_note: Founding participant (sample data).
    uncertain: true
    sources:
      - https://example.org/alpha
  - acronym: BETA
    name: Beta Organization (sample)
    kind: regional
    status: member
    joined: 2015
  - acronym: gamma
    name: Gamma Office (sample)
    kind: international
    status: partner
membership_counts:
  - as_of: 2015-06
    count: 2
    sources:
      - https://example.org/count
  - as_of: "2020"
    count: 3
history:
  - on: "2006"
    summary: The sample group was formed.
  - on: 2015-06-01
    summary: Beta took over from Alpha.
    sources:
      - https://example.org/history
terms:
  - year: 2020
    note: no chair is known for this sample year
    uncertain: true
  - year: 2021
    cochairs:
      - BETA
      - gamma
    endorsed_on: 2020-11-15
    sources:
      - https://example.org/term
    priorities:
      items:
        - First priority
        - Second priority
      cross_cutting:
        - A theme across all
      uncertain: true
      sources:
        - https://example.org/priorities
working_groups:
  - slug: sample-group
    name: Sample working group
    kind: standing
    mandate: Shares the sample work.
    formed_on: 2016-03
    formed_reason: Formed to test the bundle.
    closed_on: "2022"
    members:
      - BETA
      - gamma
    sources:
      - https://example.org/group
`;

/** Several problems at once, each on a line of its own. */
const brokenBundle = `format: icat-group-bundle/1
members:
  - acronym: NEW
    name: New organization
    kind: ngo
    status: member
    joined: 2020
    left: 2019
  - acronym: NEW
    name: The same acronym again
    kind: regional
    status: member
    colour: blue
terms:
  - year: 2030
    cochairs: [NEW, NOWHERE]
  - year: 2030
    priorities:
      items: [One, One]
working_groups:
  - slug: Not A Slug
    name: A group
    kind: standing
    mandate: To test.
    members: [GHOST]
group:
  name: A group's own name
  decision_prefixes: { principal: plm }
vocabularies:
  dimensions:
    - code: Basins
      names: { fr: Bassins }
      values:
        - code: nile
          labels: Nile
`;

for (const kind of testDatabaseKinds()) {
  describe(`the group bundle [${kind}]`, { timeout: 180_000 }, () => {
    const ctx = useTestContext(kind, { seed: false });
    const actor = commandLineActor();

    it('lists every problem of a file with its line, and writes nothing', async () => {
      const kinds = { names: { en: 'Kind of organization' }, values: ['un_entity', 'international', 'regional'].map((code) => ({ code, labels: { en: code } })) };
      expect((await importVocabularies(ctx().deps, actor, { dimensions: [], kinds })).problems).toEqual([]);
      const before = await snapshotTables(ctx().database.db);
      const outcome = await importBundle(ctx().deps, actor, { source: brokenBundle, sourceName: 'broken.yaml' });
      expect(outcome.ok).toBe(false);
      const issues = outcome.ok ? [] : outcome.issues.map((issue) => `${issue.line}: ${issue.message}`);
      expect(issues).toEqual([
        '5: members[0].kind: "ngo" is not a kind of organization of the group; use one of: un_entity, international, regional',
        '8: members[0].left: must not be before the year the organization joined (2020)',
        '9: members[1].acronym: "NEW" appears twice (first on line 3)',
        '13: members[1]: "colour" is not a known field',
        '16: terms[0].cochairs[1]: "NOWHERE" is neither an organization of this bundle nor one on record',
        '17: terms[1].year: "2030" appears twice (first on line 15)',
        '19: terms[1].priorities.items[1]: "One" appears twice (first on line 19)',
        '21: working_groups[0].slug: must be lower-case letters, digits and hyphens (a slug such as policy-support-group)',
        '25: working_groups[0].members[0]: "GHOST" is neither an organization of this bundle nor one on record',
        '27: group: "name" is not a known field',
        '27: group.full_name: is required',
        '27: group.short_name: is required',
        '28: group.decision_prefixes.principal: A prefix is 1 to 10 capital letters or digits, such as PLM.',
        '31: vocabularies.dimensions[0].code: must be a lower-case code: a letter, then letters, digits or underscores (at most 60 characters)',
        '32: vocabularies.dimensions[0].names: needs an English label',
      ]);
      expect(await snapshotTables(ctx().database.db)).toEqual(before);
    });

    it('reports a file that is not YAML at its line', async () => {
      const outcome = await importBundle(ctx().deps, actor, { source: 'format: icat-group-bundle/1\nmembers: [\n', sourceName: 'broken.yaml' });
      expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.line)).toEqual([3]);
    });

    it('imports a clean file in one transaction, and its export is the same file', async () => {
      // A group whose vocabularies are only the bundle's (the migrations give every install ICAT's).
      await ctx().database.db.deleteFrom('vocabularies').execute();
      const outcome = await importBundle(ctx().deps, actor, { source: fullBundle, sourceName: 'full.yaml' });
      expect(outcome).toEqual({ ok: true, inserted: { settings: 1, vocabularies: 9, members: 7, terms: 2, priorities: 3, groups: 1 } });
      expect((await exportBundle(ctx().deps, actor)).text).toBe(fullBundle);
      const audit = await ctx().database.db.selectFrom('audit_log').select(['actor_label', 'action', 'record_id']).where('table_name', '=', 'group_bundle').execute();
      expect(audit).toEqual([{ actor_label: 'icat command line', action: 'import', record_id: 'full.yaml' }]);
    });

    it('imports the same file twice: the second time changes nothing', async () => {
      const before = await snapshotTables(ctx().database.db);
      const outcome = await importBundle(ctx().deps, actor, { source: fullBundle, sourceName: 'full.yaml' });
      expect(outcome).toEqual({ ok: true, inserted: { settings: 0, vocabularies: 0, members: 0, terms: 0, priorities: 0, groups: 0 } });
      expect(await snapshotTables(ctx().database.db)).toEqual(before);
    });

    it('merges by natural key: records on record stay as they are, and a co-chair may be an organization on record', async () => {
      const next = `members:
  - acronym: BETA
    name: A different name for Beta
    kind: regional
    status: member
  - acronym: DELTA
    name: Delta (sample)
    kind: regional
    status: member
terms:
  - year: 2022
    cochairs: [gamma, DELTA]
`;
      const outcome = await importBundle(ctx().deps, actor, { source: next, sourceName: 'next.yaml' });
      expect(outcome).toEqual({ ok: true, inserted: { settings: 0, vocabularies: 0, members: 1, terms: 1, priorities: 0, groups: 0 } });
      const exported = (await exportBundle(ctx().deps, actor)).text;
      expect(exported).toContain('name: Beta Organization (sample)');
      expect(exported).not.toContain('A different name for Beta');
      expect(exported).toContain('  - year: 2022\n    cochairs:\n      - gamma\n      - DELTA\n');
    });

    it('adds to the group settings only what they lack, and checks kinds against the bundle’s own kinds', async () => {
      const next = `group:
  short_name: OTHER
  full_name:
    en: Another name that does not replace the one on record
    es: Grupo de coordinación de muestra sobre los ríos
  home_text: The **sample** group's home page.
vocabularies:
  kinds:
    values:
      - code: alliance
        labels: Alliance of organizations
members:
  - acronym: RIVERS
    name: Rivers Alliance (sample)
    kind: alliance
    status: partner
`;
      const outcome = await importBundle(ctx().deps, actor, { source: next, sourceName: 'next-group.yaml' });
      // The kind is added, first, as the bundle lists it; the three on record move down one place (4 changes).
      expect(outcome).toEqual({ ok: true, inserted: { settings: 1, vocabularies: 4, members: 1, terms: 0, priorities: 0, groups: 0 } });
      const settings = await ctx().database.db.selectFrom('group_settings').selectAll().executeTakeFirstOrThrow();
      expect(settings.short_name).toBe('SAMPLE');
      expect(settings.full_name).toEqual({ en: 'Sample Coordination Group on Rivers', fr: 'Groupe de coordination exemple sur les fleuves', es: 'Grupo de coordinación de muestra sobre los ríos' });
      expect(settings.home_text).toEqual({ en: "The **sample** group's home page." });
      const audit = await ctx().database.db.selectFrom('audit_log').select('action').where('table_name', '=', 'group_settings').execute();
      expect(audit.map((entry) => entry.action)).toEqual(['import', 'import']);
      // The page reads the settings the import completed.
      expect((await ctx().app.inject({ url: '/?lang=es' })).body).toContain('Grupo de coordinación de muestra sobre los ríos');

      // When the bundle gives kinds, a member's kind must be one of them.
      const unknown = await importBundle(ctx().deps, actor, {
        source: 'vocabularies:\n  kinds:\n    values:\n      - code: alliance\n        labels: Alliance\nmembers:\n  - acronym: X\n    name: X\n    kind: foundation\n    status: member\n',
        sourceName: 'kinds.yaml',
      });
      expect(unknown.ok ? [] : unknown.issues.map((issue) => `${issue.line}: ${issue.message}`)).toEqual([
        '9: members[0].kind: "foundation" is not a kind of organization of the group; use one of: alliance',
      ]);
    });

    it('runs from the command line beside the running platform while people use it', async () => {
      const dir = makeTempDir('icat-bundle-cli-');
      const file = join(dir, 'more.yaml');
      writeFileSync(file, 'members:\n  - acronym: EPSILON\n    name: Epsilon (sample)\n    kind: international\n    status: member\nterms:\n  - year: 2023\n    cochairs: [EPSILON, BETA]\n');
      const env = commandEnvironment(ctx().database);
      let running = true;
      const command = icatCommand(['import-group', file], env).finally(() => (running = false));
      const statuses: number[] = [];
      while (running) {
        const [members, terms] = await Promise.all([ctx().app.inject({ url: '/members' }), ctx().app.inject({ url: '/api/v1/terms' })]);
        statuses.push(members.statusCode, terms.statusCode);
      }
      const result = await command;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`${file}: imported in one transaction.`);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect((await ctx().app.inject({ url: '/members' })).body).toContain('Epsilon (sample)');

      const broken = await icatCommand(['import-group', join(dir, 'broken.yaml')], env, '');
      expect(broken.code).not.toBe(0);
      writeFileSync(join(dir, 'broken.yaml'), brokenBundle);
      const refused = await icatCommand(['import-group', join(dir, 'broken.yaml')], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`${join(dir, 'broken.yaml')}: nothing was written; 15 problems to fix:`);
      expect(refused.stderr).toContain(`${join(dir, 'broken.yaml')}:16: terms[0].cochairs[1]: "NOWHERE" is neither`);
      expect(refused.stderr).not.toMatch(/\n\s+at /);

      // A clean file that the database refuses while writing: one message, nothing written.
      await sql`create function refuse_group() returns trigger language plpgsql as $$ begin raise exception 'groups are closed for this test'; end $$`.execute(ctx().database.db);
      await sql`create trigger refuse_group before insert on groups for each row execute function refuse_group()`.execute(ctx().database.db);
      try {
        const before = await snapshotTables(ctx().database.db);
        writeFileSync(
          join(dir, 'refused.yaml'),
          'members:\n  - acronym: ZETA\n    name: Zeta (sample)\n    kind: regional\n    status: member\nworking_groups:\n  - slug: zeta-group\n    name: Zeta group\n    kind: standing\n    mandate: To be refused.\n    members: [ZETA]\n',
        );
        const refusedByDatabase = await icatCommand(['import-group', join(dir, 'refused.yaml')], env);
        expect(refusedByDatabase.code).toBe(1);
        expect(refusedByDatabase.stderr).toContain('refused.yaml: nothing was written; the database is as it was before. Reason: groups are closed for this test');
        expect(refusedByDatabase.stderr).not.toMatch(/\n\s+at /);
        expect(await snapshotTables(ctx().database.db)).toEqual(before);
      } finally {
        await sql`drop trigger refuse_group on groups`.execute(ctx().database.db);
        await sql`drop function refuse_group()`.execute(ctx().database.db);
      }

      const out = join(dir, 'export.yaml');
      const exported = await icatCommand(['export-group', out], env);
      expect(exported.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe((await exportBundle(ctx().deps, actor)).text);
      const again = await icatCommand(['export-group', out], env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('exists already; add --force to replace it.');
    });
  });

  describe(`the ICAT reference bundle [${kind}]`, { timeout: 120_000 }, () => {
    const ctx = useTestContext(kind, { seed: false });

    it('imports into an empty database and exports to the identical file', async () => {
      const source = readFileSync(`${seedDir}${referenceBundle}`, 'utf8');
      const outcome = await importBundle(ctx().deps, commandLineActor(), { source, sourceName: referenceBundle });
      expect(outcome.ok).toBe(true);
      expect((await exportBundle(ctx().deps, commandLineActor())).text).toBe(source);
    });
  });
}
