import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { commandEnvironment, icatCommand } from '../../../test/support/cli';
import { signedInPeople } from '../../../test/support/factories';
import { makeTempDir, testDatabaseKinds } from '../../../test/support/test-database';
import { translator } from '../../lib/i18n';

const body = 'First **bold** paragraph.\n\nSee [the plan](https://example.org/plan) for {year}.\n\nThird paragraph.';
const targets = ['Texte en français', 'Premier paragraphe **gras**.', 'Voir [le plan](https://example.org/plan) pour {year}.', 'Troisième paragraphe.'];

/** Fills the empty targets of an exported file, in order. */
function filled(xliff: string, texts: string[]): string {
  let index = 0;
  return xliff.replace(/<target xml:space="preserve"><\/target>/g, () => `<target xml:space="preserve">${texts[index++] ?? ''}</target>`);
}

for (const kind of testDatabaseKinds()) {
  describe(`XLIFF files of a text [${kind}]`, { timeout: 240_000 }, () => {
    const ctx = useTestContext(kind);
    const { client } = signedInPeople(ctx);

    async function translationRows(id: number) {
      return ctx()
        .database.db.selectFrom('text_translations')
        .innerJoin('text_translation_versions', 'text_translation_versions.translation_id', 'text_translations.id')
        .select(['language', 'number', 'title', 'body', 'approved_version'])
        .where('text_kind', '=', 'statement')
        .where('text_id', '=', id)
        .orderBy('number')
        .execute();
    }

    it('exports a text with empty targets, refuses a broken file naming the unit, and imports a good one as an unofficial version', async () => {
      const pen = await client('cochair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      const created = await pen.post('/statements/new', { kind: 'joint_statement', title: 'Text for translators', slug: 'xliff-text', body });
      expect(created.statusCode).toBe(303);
      const { id } = await ctx().database.db.selectFrom('statements').select('id').where('slug', '=', 'xliff-text').executeTakeFirstOrThrow();
      const env = { ...commandEnvironment(ctx().database), LOG_LEVEL: 'silent' };
      const dir = makeTempDir('icat-xliff-');
      const file = join(dir, 'text.fr.xlf');

      const exported = await icatCommand(['texts', 'export', '--kind', 'statement', '--id', String(id), '--lang', 'fr', file], env);
      expect(exported.stderr).toBe('');
      expect(exported.code).toBe(0);
      expect(exported.stdout).toContain(`Wrote ${file}`);
      const xliff = readFileSync(file, 'utf8');
      expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">');
      expect(xliff).toContain(`original="statement/${id}"`);
      expect([...xliff.matchAll(/<unit id="([^"]+)">/g)].map((match) => match[1])).toEqual(['title', 'p1', 'p2', 'p3']);
      expect(xliff.match(/<target xml:space="preserve"><\/target>/g)).toHaveLength(4);
      expect(xliff).toContain('See [the plan](https://example.org/plan) for {year}.');

      // A target that loses the link and the placeholder, and one that loses the emphasis: refused, naming each unit.
      const broken = join(dir, 'broken.xlf');
      writeFileSync(broken, filled(xliff, [targets[0]!, 'Premier paragraphe gras.', 'Voir le plan.', targets[3]!]));
      const refused = await icatCommand(['texts', 'import', broken], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('nothing was written');
      expect(refused.stderr).toContain('Unit "p1"');
      expect(refused.stderr).toContain('Unit "p2"');
      expect(refused.stderr).not.toContain('Unit "p3"');
      expect(await translationRows(id)).toEqual([]);

      // Ids that do not match the text: refused too.
      const renamed = join(dir, 'renamed.xlf');
      writeFileSync(renamed, filled(xliff, targets).replace('<unit id="p3">', '<unit id="p9">'));
      const wrongIds = await icatCommand(['texts', 'import', renamed], env);
      expect(wrongIds.code).toBe(1);
      expect(wrongIds.stderr).toContain('Unit "p9" is not a unit of the text');
      expect(wrongIds.stderr).toContain('Unit "p3" is missing from the file');
      expect(await translationRows(id)).toEqual([]);

      const good = join(dir, 'good.xlf');
      writeFileSync(good, filled(xliff, targets));
      const imported = await icatCommand(['texts', 'import', good], env);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('stored version 1 of the translation of statement');
      expect(imported.stdout).toContain('unofficial until the secretariat approves it');
      expect(await translationRows(id)).toEqual([{ language: 'fr', number: 1, title: targets[0], body: targets.slice(1).join('\n\n'), approved_version: null }]);

      const again = await icatCommand(['texts', 'import', good], env);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('nothing changed');

      // The translated file round-trips: exported again, its source is the original's, its targets empty.
      const reexport = await icatCommand(['texts', 'export', '--kind', 'statement', '--id', String(id), '--lang', 'fr', file], env);
      expect(reexport.code).toBe(0);
      const bad = await icatCommand(['texts', 'export', '--kind', 'statement', '--id', String(id), '--lang', 'en', file], env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(translator('en')('translation.sameLanguage.export'));
    });
  });
}
