/** `icat report YEAR --lang fr --format html,pdf,docx --out DIR`: writes the annual report's files and prints their paths. */
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrate';
import { reportFormats, type ReportFormat } from '../features/reports/report.model';
import { writeOutputFile } from '../features/reports/report.files';
import * as reports from '../features/reports/reports.service';
import type { ExportStep } from '../features/reports/reports.service';
import { AppError } from '../lib/errors';
import { isLocale, languageName, supportedLocales, translator, type Locale, type MessageKey } from '../lib/i18n';
import { commandLineActor } from '../policy/actor';
import { loadMessageOverrides } from '../features/messages/messages.service';
import { loadGroupSettings } from '../features/group-settings/group-settings.service';
import { withContext } from './context';
import { localized } from '../lib/i18n';

const usage = (): string => localized('cli.report.usage', { languages: supportedLocales.join('|') });

/** The command speaks to the person running it in English; the report is in the language asked for. */
const t = translator('en');

export function parseReportArgs(args: string[]): { year: number; formats: ReportFormat[]; out: string; locale: Locale } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: reportFormats.join(',') }, out: { type: 'string', default: '.' }, lang: { type: 'string', default: 'en' } },
  });
  const locale = values.lang.trim().toLowerCase();
  if (!isLocale(locale)) throw new AppError('VALIDATION', localized('cli.report.language', { lang: values.lang, languages: supportedLocales.join(', '), usage: usage() }));
  const year = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(year) || year < 2000 || year > 2200) throw new AppError('VALIDATION', localized('raised.cli.reportYear', { usage: usage() }));
  const formats = values.format
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((format) => !(reportFormats as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) throw new AppError('VALIDATION', localized('raised.cli.reportFormat', { formats: unknown.join(', '), usage: usage() }));
  return { year, formats: reportFormats.filter((format) => formats.includes(format)), out: values.out, locale };
}

/** A bar on a terminal; plain lines when the output goes to a file or a pipe. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (step: ExportStep) => void {
  const width = 24;
  return ({ step, done, total }) => {
    const name = t(`report.cli.step.${step}` as MessageKey);
    if (stream.isTTY) {
      const filled = Math.round((width * done) / total);
      const percent = String(Math.round((100 * done) / total)).padStart(3);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${name.padEnd(28)}`);
      if (done === total) stream.write('\n');
    } else stream.write(`report: ${name} (${done}/${total})\n`);
  };
}

export async function runReport(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage());
    return;
  }
  const { year, formats, out, locale } = parseReportArgs(args);
  await withContext(
    async ({ database, deps }) => {
      await migrateToLatest(database.db);
      await reports.assertReportHasData(deps);
      await loadMessageOverrides(deps);
      await loadGroupSettings(deps);
      const { model, files } = await reports.exportReport(deps, commandLineActor(), year, formats, progressReporter(), locale);
      if (model.meta.cochairs.length === 0 && model.labels.noTerm) console.error(model.labels.noTerm);
      for (const file of files) console.log(writeOutputFile(out, file.name, file.data));
      const status = t(`report.status.${model.meta.status}` as MessageKey).toLowerCase();
      console.error(t('report.cli.summary', { year: String(year), language: languageName(locale, 'en'), status, moment: model.labels.dataAsOfText, count: files.length }));
    },
    { existingData: true },
  );
}
