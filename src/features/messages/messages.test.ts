/**
 * The catalogue for translators: XLIFF 2.0 and 1.2 written and read back, an import that lands in
 * the database and in the translator, and files refused whole, each problem named, nothing changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { isAppError } from '../../lib/errors';
import { catalogues, translationProblems, translator } from '../../lib/i18n';
import { commandLineActor, type Actor } from '../../policy/actor';
import { messagesMessages } from './messages.messages';
import * as messages from './messages.service';
import { parseXliff, writeXliff } from './messages.xliff';

const secretariat = commandLineActor('translation test');
const cochair: Actor = { ...secretariat, accountId: 7, name: 'A co-chair', email: 'cochair@example.org', roles: ['cochair'], cochairYears: [2022] };

/** A file for a language with some targets set: the export, edited as a translator would. */
function fileWith(locale: 'fr' | 'es' | 'ar' | 'ru' | 'zh', targets: Record<string, string>, version: '2.0' | '1.2' = '2.0'): string {
  const { units } = parseXliff(messages.exportMessages(locale, version).xml);
  const extra = Object.keys(targets).filter((key) => !units.some((unit) => unit.id === key));
  return writeXliff({
    version,
    sourceLanguage: 'en',
    targetLanguage: locale,
    units: [...units, ...extra.map((id) => ({ id, source: '', target: undefined }))].map((unit) => ({ ...unit, target: targets[unit.id] ?? unit.target })),
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error, 'VALIDATION')) return error.message;
    throw error;
  }
  throw new Error('The import was not refused.');
}

const en = catalogues.en;

describe("the translators' messages in every language", () => {
  it.each(['fr', 'es', 'ar', 'ru', 'zh'] as const)('pass the checks an import makes, in %s', (locale) => {
    const problems = Object.entries(messagesMessages[locale]).filter(([key, message]) => translationProblems(locale, key, message).length > 0);
    expect(problems).toEqual([]);
  });
});

describe('XLIFF files', () => {
  it('write every key as a unit, in 2.0 and 1.2, and read back the same', () => {
    for (const version of ['2.0', '1.2'] as const) {
      const exported = messages.exportMessages('fr', version);
      const document = parseXliff(exported.xml);
      expect(document).toMatchObject({ version, sourceLanguage: 'en', targetLanguage: 'fr' });
      expect(document.units.map((unit) => unit.id)).toEqual(Object.keys(en));
      expect(exported.units).toBe(Object.keys(en).length);
      const plural = document.units.find((unit) => unit.id === 'members.count');
      expect(plural?.source).toBe(en['members.count']);
    }
  });

  it('refuse what is not XLIFF, or not well formed', () => {
    expect(() => parseXliff('<html></html>')).toThrow('not XLIFF');
    expect(() => parseXliff('<xliff version="2.0"><file>')).toThrow('not well-formed');
    expect(() => parseXliff('<xliff version="3.1"/>')).toThrow('version "3.1"');
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`importing translations (${kind})`, () => {
    const ctx = useTestContext(kind, { seed: false });
    // As at start: the translators read this database's imported messages (none yet).
    beforeAll(async () => messages.loadMessageOverrides(ctx().deps));

    async function overrides(): Promise<{ locale: string; key: string; message: string }[]> {
      return ctx().deps.db.selectFrom('message_overrides').select(['locale', 'key', 'message']).orderBy('locale').orderBy('key').execute();
    }

    it('exports French, takes one edited target back, and the translator shows it (XLIFF 2.0 and 1.2)', async () => {
      const result = await messages.importMessages(ctx().deps, secretariat, fileWith('fr', { 'report.contents': 'Sommaire' }));
      expect(result).toEqual({ locale: 'fr', changed: 1 });
      expect(translator('fr')('report.contents')).toBe('Sommaire');
      const again = await messages.importMessages(ctx().deps, secretariat, fileWith('fr', { 'report.listOfFigures': 'Table des figures' }, '1.2'));
      expect(again.changed).toBe(1);
      expect(translator('fr')('report.listOfFigures')).toBe('Table des figures');
      // The export now carries the imported messages as targets.
      const units = parseXliff(messages.exportMessages('fr').xml).units;
      expect(units.find((unit) => unit.id === 'report.contents')?.target).toBe('Sommaire');
      expect(await overrides()).toEqual([
        { locale: 'fr', key: 'report.contents', message: 'Sommaire' },
        { locale: 'fr', key: 'report.listOfFigures', message: 'Table des figures' },
      ]);
      const audit = await ctx().deps.db.selectFrom('audit_log').select(['action', 'record_id']).where('table_name', '=', 'message_overrides').execute();
      expect(audit).toEqual([
        { action: 'import', record_id: 'fr' },
        { action: 'import', record_id: 'fr' },
      ]);
    });

    it('refuses a broken file whole, naming each unit and its problem, and changes nothing', async () => {
      const before = await overrides();
      const message = await refusal(
        messages.importMessages(
          ctx().deps,
          secretariat,
          fileWith('ar', {
            'report.contents': 'المحتويات',
            'report.nosuch': 'شيء',
            'report.title': 'التقرير السنوي {yaer}',
            'report.noTerm': 'لا توجد ولاية {year',
            'members.count': '{count, plural, one {منظمة واحدة} other {# منظمة}}',
            'reports.files.csv': '<b>{count}</b> ملفات',
          }),
        ),
      );
      expect(message).toContain('Nothing was imported: 5 units have problems.');
      expect(message).toContain('report.nosuch: no message of the catalogue has this id');
      expect(message).toContain('report.title: the placeholders differ from the English: year expected, yaer found');
      expect(message).toMatch(/report\.noTerm: not a valid ICU message/);
      expect(message).toContain('members.count: a plural lacks the categories zero, two, few, many, which Arabic needs');
      expect(message).toContain('reports.files.csv: the markup differs from the English: none expected, </b>, <b> found');
      expect(message).not.toContain('report.contents:');
      expect(await overrides()).toEqual(before);
      expect(translator('ar')('report.contents')).toBe(catalogues.ar['report.contents']);
    });

    it('refuses a file for English or an unknown language, and a person who is not the secretariat', async () => {
      const english = writeXliff({ version: '2.0', sourceLanguage: 'en', targetLanguage: 'en', units: [] });
      expect(await refusal(messages.importMessages(ctx().deps, secretariat, english))).toContain('target language is "en"');
      const klingon = writeXliff({ version: '2.0', sourceLanguage: 'en', targetLanguage: 'tlh', units: [] });
      expect(await refusal(messages.importMessages(ctx().deps, secretariat, klingon))).toContain('target language is "tlh"');
      await expect(messages.importMessages(ctx().deps, cochair, fileWith('es', { 'report.contents': 'Índice' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await overrides()).filter((row) => row.locale === 'es')).toEqual([]);
    });

    it('takes imports of several languages at once, each into its own language', async () => {
      const files = {
        es: fileWith('es', { 'report.contents': 'Índice general' }),
        ru: fileWith('ru', {
          'report.contents': 'Оглавление',
          'members.count': '{count, plural, one {# организация-член} few {# организации-члена} many {# организаций-членов} other {# организации-члена}}',
        }),
        zh: fileWith('zh', { 'report.contents': '目次' }),
      };
      const results = await Promise.all(Object.values(files).map((xml) => messages.importMessages(ctx().deps, secretariat, xml)));
      expect(results.map((result) => result.changed)).toEqual([1, 2, 1]);
      expect([translator('es')('report.contents'), translator('ru')('report.contents'), translator('zh')('report.contents')]).toEqual(['Índice general', 'Оглавление', '目次']);
      expect(translator('ru')('members.count', { count: 5 })).toBe('5 организаций-членов');
      // French, imported before, is untouched; reading the table again gives the same translators.
      await messages.loadMessageOverrides(ctx().deps);
      expect(translator('fr')('report.contents')).toBe('Sommaire');
      expect(translator('en')('report.contents')).toBe(en['report.contents']);
    });
  });
}
