/** What every section builder shares while one model is compiled: the language, the data, and what has been cited so far. */
import type { Formatters, Locale, MessageKey, Translate } from '../../lib/i18n';
import type * as progress from '../progress/progress.service';
import type { ReportData } from './report.gather';
import type { ReportFigure, Source } from './report.model';

export interface Build {
  locale: Locale;
  t: Translate;
  fmt: Formatters;
  data: ReportData;
  figures: ReportFigure[];
  sample: boolean;
  /** The accepted updates the report cites, by id: each gets a public summary in the evidence annex. */
  cited: Map<number, progress.ProgressUpdate>;
  /** The sources that cite each update, by its id: they link elsewhere when the annex leaves its summary out. */
  citations: Map<number, Source[]>;
}

export function statusName(b: Build, status: string): string {
  return b.t(`progress.status.${status}` as MessageKey);
}

/** A path with the report's language, when it is not English: `/reports/2022/updates.csv?lang=fr`. */
export function withLanguage(b: Build, path: string): string {
  return b.locale === 'en' ? path : `${path}?lang=${b.locale}`;
}
