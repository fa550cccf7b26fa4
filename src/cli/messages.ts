/**
 * `icat messages export --lang fr [--format xliff|xliff12] FILE` writes the catalogue for translators;
 * `icat messages import FILE` reads a translated file back (all of it, or nothing: each problem named).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrate';
import * as messages from '../features/messages/messages.service';
import { AppError } from '../lib/errors';
import { isLocale, languageName, localized, supportedLocales, translator } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

const usage = (): string => localized('cli.messages.usage', { languages: messages.translatedLocales.join('|') });

const formats = { xliff: '2.0', xliff12: '1.2' } as const;
const t = translator('en');

export async function runMessages(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (!action || action === '--help' || action === '-h') {
    console.log(usage());
    return;
  }
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { lang: { type: 'string' }, format: { type: 'string', default: 'xliff' } } });
  const file = positionals[0];
  if (positionals.length !== 1 || !file) throw new AppError('VALIDATION', localized('cli.messages.oneFile', { usage: usage() }));
  if (action === 'export') {
    const locale = values.lang?.trim().toLowerCase();
    if (!isLocale(locale)) throw new AppError('VALIDATION', localized('cli.messages.language', { languages: supportedLocales.join(', '), usage: usage() }));
    const version = formats[values.format as keyof typeof formats];
    if (!version) throw new AppError('VALIDATION', localized('cli.messages.format', { format: values.format ?? '', usage: usage() }));
    await withContext(
      async ({ database, deps }) => {
        await migrateToLatest(database.db);
        await messages.loadMessageOverrides(deps);
        const exported = messages.exportMessages(locale, version);
        writeFileSync(file, exported.xml, 'utf8');
        console.log(resolve(file));
        console.error(t('messages.export.done', { count: exported.units, translated: exported.translated }));
      },
      { existingData: true },
    );
    return;
  }
  if (action === 'import') {
    const xml = readFileSync(file, 'utf8');
    await withContext(async ({ database, deps }) => {
      await migrateToLatest(database.db);
      await messages.loadMessageOverrides(deps);
      const result = await messages.importMessages(deps, commandLineActor('icat messages import'), xml);
      console.error(t('messages.import.done', { count: result.changed, language: languageName(result.locale, 'en') }));
    });
    return;
  }
  throw new AppError('VALIDATION', localized('cli.unknownAction', { action, usage: usage() }));
}
