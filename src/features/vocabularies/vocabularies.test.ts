/**
 * The group's vocabularies as data: ICAT's as the migration wrote them, a second group's own, the
 * importer's checks, and concurrent edits. On PGlite and, when TEST_DATABASE_URL is set, PostgreSQL.
 */
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { openTestDatabase, testDatabaseKinds } from '../../../test/support/test-database';
import { migrateTo, migrateToLatest } from '../../db/migrate';
import { isAppError, isStale } from '../../lib/errors';
import { commandLineActor } from '../../policy/actor';
import { saveProfile, updateMember } from '../members/members.editing.service';
import { getMapping } from '../members/mapping.service';
import { getMember } from '../members/members.service';
import { exportVocabularies, importVocabularies } from './vocabularies.import.service';
import { addDimension, addValue, getVocabularies, staleVocabulary, updateDimension, updateValue, valueLabel, vocabularyName, watchVocabularies } from './vocabularies.service';
import { countStatements } from '../../../test/support/statement-counter';

const admin = commandLineActor('vocabulary test');
const labels = (en: string, extra: Record<string, string> = {}) => ({ label_en: en, label_fr: extra.fr, label_es: undefined, label_ar: undefined, label_ru: undefined, label_zh: undefined });
const names = (en: string) => ({ name_en: en, name_fr: undefined, name_es: undefined, name_ar: undefined, name_ru: undefined, name_zh: undefined });
const noCaptions = { caption_en: undefined, caption_fr: undefined, caption_es: undefined, caption_ar: undefined, caption_ru: undefined, caption_zh: undefined };

for (const kind of testDatabaseKinds()) {
  describe(`vocabularies [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('holds ICAT’s vocabulary as the catalogue had it, in the six languages and in order', async () => {
      const { dimensions, kinds } = await getVocabularies(ctx().deps);
      expect(dimensions.map((dimension) => dimension.code)).toEqual(['regions', 'forms', 'interventions', 'levels', 'target_groups']);
      expect(dimensions.map((dimension) => dimension.charted)).toEqual([true, true, true, true, false]);
      const forms = dimensions[1]!;
      expect(vocabularyName(forms, 'fr')).toBe('Forme d’exploitation');
      expect(valueLabel(forms, 'labour', 'zh')).toBe('劳动剥削');
      expect(valueLabel(forms, 'labour', 'en')).toBe('Labour exploitation');
      expect(forms.captions.ru).toBe('Организации по формам эксплуатации, которыми они занимаются');
      expect(kinds.values.map((value) => value.code)).toEqual(['un_entity', 'international', 'regional']);
      expect(valueLabel(kinds, 'regional', 'es')).toBe('Organización regional');
    });

    it('exports the set and takes it back unchanged', async () => {
      const before = await exportVocabularies(ctx().deps);
      const result = await importVocabularies(ctx().deps, admin, before, 'replace');
      expect(result).toEqual({ problems: [], added: 0, changed: 0, removed: 0 });
      expect(await exportVocabularies(ctx().deps)).toEqual(before);
    });

    it('checks a whole set before writing anything, and returns every problem', async () => {
      const before = await exportVocabularies(ctx().deps);
      const result = await importVocabularies(ctx().deps, admin, {
        dimensions: [
          { code: 'Bad Code', names: { en: 'Bad' }, values: [] },
          {
            code: 'impairments',
            names: { fr: 'Déficiences' },
            values: [
              { code: 'physical', labels: { en: 'Physical' } },
              { code: 'physical', labels: { en: 'Again' } },
            ],
          },
          { code: 'acronym', names: { en: 'Taken by the spreadsheet' }, values: [] },
        ],
        kinds: { values: [{ code: 'ngo_alliance', labels: { en: 'NGO alliance' } }] },
      });
      expect(result.problems.map((problem) => problem.path)).toEqual(['dimensions.0.code', 'dimensions.1.names', 'dimensions.2.code']);
      const repeated = await importVocabularies(ctx().deps, admin, {
        dimensions: [
          {
            code: 'x',
            names: { en: 'X' },
            values: [
              { code: 'a', labels: { en: 'A' } },
              { code: 'a', labels: { en: 'A' } },
            ],
          },
        ],
        kinds: { values: [] },
      });
      expect(repeated.problems).toEqual([{ path: 'dimensions.0.values', message: '"a" is named more than once' }]);
      expect(await exportVocabularies(ctx().deps)).toEqual(before);
    });

    it('lets a second group bring its own dimensions and kinds, and the mapping follows them', async () => {
      const current = await exportVocabularies(ctx().deps);
      const result = await importVocabularies(ctx().deps, admin, {
        dimensions: [
          ...current.dimensions,
          {
            code: 'impairments',
            names: { en: 'Impairment addressed', fr: 'Déficience prise en compte' },
            charted: true,
            values: [
              { code: 'physical', labels: { en: 'Physical' } },
              { code: 'psychosocial', labels: { en: 'Psychosocial' } },
            ],
          },
        ],
        kinds: { values: [...current.kinds.values, { code: 'ngo_alliance', labels: { en: 'NGO alliance', fr: 'Alliance d’ONG' } }] },
      });
      expect(result).toMatchObject({ problems: [], added: 4 });
      await saveProfile(ctx().deps, admin, 'unicef', {
        values: { impairments: ['physical'], regions: ['africa'] },
        initiatives: [],
        partnerships: [],
        version: (await getMember(ctx().deps, 'unicef')).profile?.version ?? 0,
      });
      const mapping = await getMapping(ctx().deps, { impairments: 'physical' });
      expect(mapping.entities.map((entity) => entity.acronym)).toEqual(['UNICEF']);
      expect(mapping.counts.impairments).toEqual([
        { value: 'physical', count: 1 },
        { value: 'psychosocial', count: 0 },
      ]);
      const refused = await saveProfile(ctx().deps, admin, 'unicef', { values: { impairments: ['sensory'] }, initiatives: [], partnerships: [], version: 99 }).catch((error: unknown) => error);
      expect(isAppError(refused, 'VALIDATION')).toBe(true);
      expect((refused as { details: { fields: unknown[] } }).details.fields).toEqual([{ field: 'impairments', message: '"sensory" is not a known value; use one of: physical, psychosocial' }]);
      const member = await getMember(ctx().deps, 'ilo');
      await updateMember(ctx().deps, admin, 'ilo', { name: member.name, kind: 'ngo_alliance', status: 'member', version: member.version });
      expect((await getMember(ctx().deps, 'ilo')).kind).toBe('ngo_alliance');
      const wrongKind = await updateMember(ctx().deps, admin, 'ilo', { name: member.name, kind: 'planet', status: 'member', version: member.version + 1 }).catch((error: unknown) => error);
      expect((wrongKind as Error).message).toContain('"planet" is not a kind of organization of the group; use one of: un_entity, international, regional, ngo_alliance');
    });

    it('retires the values a replacing set leaves out, and keeps them readable', async () => {
      const current = await exportVocabularies(ctx().deps);
      const levels = current.dimensions.find((dimension) => dimension.code === 'levels')!;
      const result = await importVocabularies(
        ctx().deps,
        admin,
        { ...current, dimensions: current.dimensions.map((dimension) => (dimension === levels ? { ...levels, values: levels.values.filter((value) => value.code !== 'national') } : dimension)) },
        'replace',
      );
      expect(result).toMatchObject({ problems: [], added: 0, removed: 0 });
      const after = (await getVocabularies(ctx().deps)).dimensions.find((dimension) => dimension.code === 'levels')!;
      expect(after.values.find((value) => value.code === 'national')?.retiredYear).toBe(2022);
      expect(valueLabel(after, 'national', 'en')).toBe('National');
    });

    it('lets one of two admins saving the same dimension at once win; the other gets STALE_VERSION', async () => {
      const added = await addDimension(ctx().deps, admin, { code: 'funding', ...names('Funding source'), charted: false });
      await addValue(ctx().deps, admin, 'funding', { code: 'core', ...labels('Core budget') });
      const edits = ['Funding', 'Sources of funding'].map((name) =>
        updateDimension(ctx().deps, admin, 'funding', { ...names(name), ...noCaptions, charted: false, position: 6, version: added.version }),
      );
      const results = await Promise.allSettled(edits);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(isStale(refused.reason, staleVocabulary)).toBe(true);
      const audit = await ctx().deps.db.selectFrom('audit_log').select(['action', 'table_name']).where('table_name', 'in', ['vocabularies', 'vocabulary_values']).execute();
      expect(audit.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe(`vocabularies held in memory [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const regionLabel = async () => valueLabel((await getVocabularies(ctx().deps)).dimensions.find((dimension) => dimension.code === 'regions')!, 'africa', 'en');

    it('reads them from the database once, not on every page', async () => {
      const counter = countStatements(ctx().deps.db);
      const deps = { ...ctx().deps, db: counter.db };
      await getVocabularies(deps);
      expect(await counter.during(() => Promise.all([getVocabularies(deps), getVocabularies(deps)]))).toEqual([]);
    });

    it('shows a save at once, even one made while pages were reading them', async () => {
      const africa = (await getVocabularies(ctx().deps)).dimensions.find((dimension) => dimension.code === 'regions')!.values.find((value) => value.code === 'africa')!;
      const reads = Array.from({ length: 5 }, () => getVocabularies(ctx().deps));
      const save = updateValue(ctx().deps, admin, 'regions', 'africa', { ...labels('Africa (all subregions)'), retired: false, position: africa.position, version: africa.version });
      await Promise.all([...reads, save, ...reads.map(() => getVocabularies(ctx().deps))]);
      expect(await regionLabel()).toBe('Africa (all subregions)');
      expect((await ctx().app.inject('/mapping')).body).toContain('Africa (all subregions)');
    });

    it('follows a change another process made, through the watcher', async () => {
      await regionLabel();
      const stop = watchVocabularies(ctx().deps, 50);
      try {
        await new Promise((resolve) => setTimeout(resolve, 150));
        // Another process writes the row: this one has not read it.
        await sql`update vocabulary_values set labels = jsonb_set(labels, '{en}', '"Africa, as renamed elsewhere"'), version = version + 1, updated_at = now()
          where code = 'africa' and vocabulary_id = (select id from vocabularies where code = 'regions')`.execute(ctx().deps.db);
        let label = '';
        for (let attempt = 0; attempt < 60 && label !== 'Africa, as renamed elsewhere'; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          label = await regionLabel();
        }
        expect(label).toBe('Africa, as renamed elsewhere');
      } finally {
        stop();
      }
    });
  });

  describe(`the vocabulary migration [${kind}]`, () => {
    it('moves profiles written with one column per dimension into the map, meaning unchanged, and frees the kinds', async () => {
      const database = await openTestDatabase(kind, { migrate: false });
      try {
        const previous = readdirSync(new URL('../../db/migrations/', import.meta.url))
          .map((file) => file.replace(/\.ts$/, ''))
          .filter((name) => /^\d{12}_/.test(name) && name < '202612040900')
          .sort()
          .at(-1) as string;
        await migrateTo(database.db, previous);
        await sql`insert into entities (acronym, slug, name, kind, sources) values ('OLD', 'old', 'An organization from before', 'regional', '[]')`.execute(database.db);
        await sql`insert into profiles (entity_id, as_of, regions, forms, interventions, levels, target_groups, initiatives, partnerships)
          select id, '2021-06-01', array['africa','europe_central_asia'], array['labour'], '{}', array['national'], array['survivors'], '[]', '[]' from entities where acronym = 'OLD'`.execute(
          database.db,
        );
        await migrateToLatest(database.db);
        const row = await sql<{ mapping: Record<string, string[]> }>`select mapping from profiles`.execute(database.db);
        expect(row.rows[0]?.mapping).toEqual({ regions: ['africa', 'europe_central_asia'], forms: ['labour'], interventions: [], levels: ['national'], target_groups: ['survivors'] });
        const filtered = await sql<{ n: number }>`select count(*)::int as n from profiles where mapping @> '{"regions":["africa"]}'`.execute(database.db);
        expect(filtered.rows[0]?.n).toBe(1);
        await sql`insert into entities (acronym, slug, name, kind, sources) values ('ALLY', 'ally', 'An NGO alliance', 'ngo_alliance', '[]')`.execute(database.db);
      } finally {
        await database.close();
      }
    });
  });
}
