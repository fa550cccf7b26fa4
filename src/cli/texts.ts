/**
 * `icat texts export --kind KIND --id ID --lang LANG FILE` writes one text as XLIFF 2.0 for a
 * translator; `icat texts import FILE` stores the filled file as a new, unofficial version of the
 * translation (docs/translations.md). A file that does not fit the text is refused, nothing written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { exportXliff, importXliff } from '../features/translations/xliff.service';
import { textKinds, type TextKind } from '../features/translations/translations.table';
import { AppError } from '../lib/errors';
import { isLocale } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

const usage = 'Usage: icat texts export --kind statement|publication|event|report_section --id ID --lang fr|es|ar|ru|zh|en FILE.xlf\n       icat texts import FILE.xlf';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function usageError(problem: string): AppError {
  return new AppError('VALIDATION', `${problem}\n${usage}`);
}

export async function runTexts(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const files = rest.filter((arg, index) => !arg.startsWith('--') && !['--kind', '--id', '--lang'].includes(rest[index - 1] ?? ''));
  const file = files[0];
  if (action === 'export') {
    const kind = option(rest, '--kind');
    const id = option(rest, '--id');
    const lang = option(rest, '--lang');
    if (!kind || !(textKinds as readonly string[]).includes(kind)) throw usageError(`--kind must be one of ${textKinds.join(', ')}.`);
    if (!id) throw usageError('--id is required (a report section: YEAR.section, such as 2022.foreword).');
    if (!isLocale(lang)) throw usageError('--lang must be one of en, fr, es, ar, ru, zh.');
    if (!file) throw usageError('Name the file to write.');
    await withContext(
      async ({ database, deps }) => {
        await migrateToLatest(database.db);
        const xliff = await exportXliff(deps, commandLineActor(), kind as TextKind, id, lang);
        await writeFile(resolve(file), xliff, 'utf8');
        console.log(`Wrote ${resolve(file)}: ${kind} ${id} for translation into ${lang}.`);
      },
      { existingData: true },
    );
    return;
  }
  if (action === 'import') {
    if (!file) throw usageError('Name the file to read.');
    const text = await readFile(resolve(file), 'utf8');
    await withContext(
      async ({ database, deps }) => {
        await migrateToLatest(database.db);
        const imported = await importXliff(deps, commandLineActor(), text, file);
        const what = `${imported.kind} ${imported.ref} in ${imported.language}`;
        if (imported.versionNumber === null) console.log(`${file}: the translation of ${what} already says this; nothing changed.`);
        else console.log(`${file}: stored version ${imported.versionNumber} of the translation of ${what}${imported.created ? ' (a new translation)' : ''}, unofficial until the secretariat approves it. See ${imported.url}`);
      },
      { existingData: true },
    );
    return;
  }
  throw usageError(action ? `Unknown action "${action}".` : 'Say export or import.');
}
