/**
 * `icat import-group FILE` and `icat export-group FILE [--force]`: a group's whole reference data as
 * one YAML bundle (docs/group-bundle.md). The import checks the whole file first and lists every
 * problem as FILE:LINE: message, writing nothing; a clean file is written in one transaction.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { migrateToLatest } from '../db/migrate';
import { describeBundleIssues } from '../features/group-bundle/bundle.write';
import { exportBundle, importBundle } from '../features/group-bundle/group-bundle.service';
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';

export async function runImportGroup(args: string[]): Promise<void> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new AppError('VALIDATION', localized('groupBundle.usageImport'));
  const source = await readFile(resolve(file), 'utf8');
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    let outcome;
    try {
      outcome = await importBundle(deps, commandLineActor(), { source, sourceName: file });
    } catch (error) {
      // The file was clean but the database refused a row (or went away): all was rolled back; say why, once.
      console.error(localized('groupBundle.failed', { file, reason: error instanceof Error ? error.message : String(error) }));
      process.exitCode = 1;
      return;
    }
    if (!outcome.ok) {
      console.error(describeBundleIssues(file, outcome.issues));
      process.exitCode = 1;
      return;
    }
    console.log(localized('groupBundle.imported', { file, ...outcome.inserted }));
  });
}

export async function runExportGroup(args: string[]): Promise<void> {
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) throw new AppError('VALIDATION', localized('groupBundle.usageExport'));
  const target = resolve(file);
  if (existsSync(target) && !args.includes('--force')) throw new AppError('CONFLICT', localized('groupBundle.exists', { file }));
  await withContext(
    async ({ deps }) => {
      const { text, bundle } = await exportBundle(deps, commandLineActor());
      // Written beside the target and renamed, so a reader never sees half a file.
      await writeFile(`${target}.partial`, text, 'utf8');
      await rename(`${target}.partial`, target);
      console.log(localized('groupBundle.exported', { file, members: bundle.members.length, terms: bundle.terms.length, groups: bundle.workingGroups.length }));
    },
    { existingData: true },
  );
}
