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
import { isLocale, localized, type MessageKey } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** A problem with the arguments, followed by the command's usage. */
function usageError(problem: MessageKey, params: Record<string, string> = {}): AppError {
  return new AppError('VALIDATION', localized(problem, { ...params, usage: localized('cli.texts.usage') }));
}

/** The features that own texts register their kinds with translations when their services load (translations/text-sources.service.ts). */
async function loadTextOwners(): Promise<void> {
  await Promise.all([import('../features/library/library.service'), import('../features/reports/reports.service'), import('../features/statements/statements.service')]);
}

export async function runTexts(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const files = rest.filter((arg, index) => !arg.startsWith('--') && !['--kind', '--id', '--lang'].includes(rest[index - 1] ?? ''));
  const file = files[0];
  if (action === 'export') {
    const kind = option(rest, '--kind');
    const id = option(rest, '--id');
    const lang = option(rest, '--lang');
    if (!kind || !(textKinds as readonly string[]).includes(kind)) throw usageError('cli.texts.kind', { kinds: textKinds.join(', ') });
    if (!id) throw usageError('cli.texts.id');
    if (!isLocale(lang)) throw usageError('cli.texts.language');
    if (!file) throw usageError('cli.texts.fileToWrite');
    await withContext(
      async ({ database, deps }) => {
        await migrateToLatest(database.db);
        await loadTextOwners();
        const xliff = await exportXliff(deps, commandLineActor(), kind as TextKind, id, lang);
        await writeFile(resolve(file), xliff, 'utf8');
        console.log(localized('cli.texts.exported', { file: resolve(file), kind, id, language: lang }));
      },
      { existingData: true },
    );
    return;
  }
  if (action === 'import') {
    if (!file) throw usageError('cli.texts.fileToRead');
    const text = await readFile(resolve(file), 'utf8');
    await withContext(
      async ({ database, deps }) => {
        await migrateToLatest(database.db);
        await loadTextOwners();
        const imported = await importXliff(deps, commandLineActor(), text, file);
        const what = { file, kind: imported.kind, ref: imported.ref, language: imported.language };
        if (imported.versionNumber === null) console.log(localized('cli.texts.unchanged', what));
        else console.log(localized('cli.texts.stored', { ...what, version: String(imported.versionNumber), created: imported.created ? 'yes' : 'no', url: imported.url }));
      },
      { existingData: true },
    );
    return;
  }
  throw action ? usageError('cli.unknownAction', { action }) : usageError('cli.texts.action');
}
