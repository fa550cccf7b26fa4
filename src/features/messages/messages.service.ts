/**
 * The message catalogue and translators: every key exported as an XLIFF unit, and a translated file
 * imported back into the database (message_overrides), which the translator of src/lib/i18n.ts
 * reads at start and after each import. An import checks every unit first and writes nothing if any
 * has a problem: all of them are named, so a translator fixes the file in one pass.
 */
import type { Deps } from '../../deps';
import { watchForChanges } from '../../lib/change-watcher';
import { AppError } from '../../lib/errors';
import {
  catalogues,
  currentMessage,
  isLocale,
  languageName,
  localized,
  setMessageOverrides,
  supportedLocales,
  translationProblems,
  translator,
  type Locale,
  type TranslationProblem,
} from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './messages.repository';
import { parseXliff, writeXliff, type XliffVersion } from './messages.xliff';

/** The command line and its messages speak English. */
const t = translator('en');

/** The languages translators work on: English is the source, written in the code. */
export const translatedLocales = supportedLocales.filter((locale) => locale !== 'en');

/** Reads every imported message into the translators (at start, and after an import). */
export async function loadMessageOverrides(deps: Pick<Deps, 'db'>): Promise<void> {
  const rows = await repo.listOverrides(deps.db);
  for (const locale of translatedLocales) {
    setMessageOverrides(locale, Object.fromEntries(rows.filter((row) => row.locale === locale).map((row) => [row.key, row.message])));
  }
}

/**
 * Keeps a running server's translators in step with imports made by another process (the command
 * line, another instance): every `intervalMs`, the messages are read again if they changed.
 */
export function watchMessageOverrides(deps: Pick<Deps, 'db' | 'log'>, intervalMs = 60_000): () => void {
  return watchForChanges({
    stamp: () => repo.overridesStamp(deps.db),
    reload: () => loadMessageOverrides(deps),
    onError: (error) => deps.log.error({ err: error }, 'reading the imported messages failed'),
    intervalMs,
  });
}

export interface ExportedCatalogue {
  xml: string;
  units: number;
  translated: number;
}

/** Every key of the catalogue as a unit: the English as source, the language's current message as target. */
export function exportMessages(locale: Locale, version: XliffVersion = '2.0'): ExportedCatalogue {
  const units = Object.entries(catalogues.en).map(([key, source]) => ({ id: key, source, target: locale === 'en' ? source : currentMessage(locale, key) }));
  return { xml: writeXliff({ version, sourceLanguage: 'en', targetLanguage: locale, units }), units: units.length, translated: units.filter((unit) => unit.target !== undefined).length };
}

export interface UnitProblem {
  unit: string;
  problem: string;
}

function describe(problem: TranslationProblem, locale: Locale): string {
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('messages.problem.none'));
  switch (problem.kind) {
    case 'unknownKey':
      return t('messages.problem.unknownKey');
    case 'invalid':
      return t('messages.problem.invalid', { error: problem.error });
    case 'placeholders':
      return t('messages.problem.placeholders', { expected: list(problem.expected), found: list(problem.found) });
    case 'markup':
      return t('messages.problem.markup', { expected: list(problem.expected), found: list(problem.found) });
    case 'plurals':
      return t('messages.problem.plurals', { missing: list(problem.missing), language: languageName(locale, 'en') });
  }
}

/** The language of a translators' file: one of the platform's, other than English. */
function targetLocale(declared: string): Locale {
  const base = declared.toLowerCase().split(/[-_]/)[0] ?? '';
  if (!isLocale(base) || base === 'en') {
    throw new AppError('VALIDATION', localized('xliff.targetLanguage', { language: declared, languages: translatedLocales.join(', ') }));
  }
  return base;
}

/** Every problem of every unit of a file, in file order. */
export function checkUnits(locale: Locale, units: ReturnType<typeof parseXliff>['units']): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id)) problems.push({ unit: unit.id, problem: t('messages.problem.duplicate') });
    seen.add(unit.id);
    // An id the catalogue does not know is a problem even untranslated: the file is not of this catalogue.
    const found: TranslationProblem[] = unit.target === undefined ? (Object.hasOwn(catalogues.en, unit.id) ? [] : [{ kind: 'unknownKey' }]) : translationProblems(locale, unit.id, unit.target);
    if (unit.targetElements.length > 0 && !found.some((problem) => problem.kind === 'unknownKey')) found.push({ kind: 'markup', expected: [], found: unit.targetElements });
    for (const problem of found) problems.push({ unit: unit.id, problem: describe(problem, locale) });
  }
  return problems;
}

export interface ImportResult {
  locale: Locale;
  /** Messages that changed (a target equal to what the language shows now is not written again). */
  changed: number;
}

/** Imports a translated XLIFF file: all of it, or nothing when any unit has a problem. */
export async function importMessages(deps: Deps, actor: Actor | null, xml: string): Promise<ImportResult> {
  authorize(actor, 'messages.import');
  const document = parseXliff(xml);
  const locale = targetLocale(document.targetLanguage);
  const problems = checkUnits(locale, document.units);
  if (problems.length > 0) {
    const units = new Set(problems.map((problem) => problem.unit)).size;
    const lines = problems.map((problem) => `  ${problem.unit}: ${problem.problem}`);
    throw new AppError('VALIDATION', [t('messages.import.refused', { count: units }), ...lines].join('\n'), { problems });
  }
  const changed = document.units
    .filter((unit): unit is typeof unit & { target: string } => unit.target !== undefined && unit.target !== currentMessage(locale, unit.id))
    .map((unit) => ({ key: unit.id, message: unit.target }));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await repo.upsertOverrides(trx, locale, changed, actor.name, now);
    await audit.record(trx, now, { actor, action: 'import', table: 'message_overrides', recordId: locale, after: { locale, keys: changed.map((unit) => unit.key) } });
  });
  await loadMessageOverrides(deps);
  return { locale, changed: changed.length };
}
