/** What the report's pages share: the addresses of the report and its files, and a few labels. */
import type { SafeHtml } from '../../lib/html';
import { languageName, type Locale, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import type { ReportFormat } from './report.model';
import type { ReportSummary } from './reports.schemas';

/** `?lang=fr` for a language other than English: the address of the report, or of a file, in that language. */
function languageQuery(locale: string): string {
  return locale === 'en' ? '' : `?lang=${locale}`;
}

export function reportHref(year: number, locale = 'en'): string {
  return `/reports/${year}${languageQuery(locale)}`;
}

export function workspaceHref(year: number): string {
  return `/reports/${year}/edit`;
}

export function documentHref(year: number, format: ReportFormat, locale = 'en'): string {
  return `/reports/${year}/report.${format}${languageQuery(locale)}`;
}

export function updatesHref(year: number, locale = 'en'): string {
  return `/reports/${year}/updates.csv${languageQuery(locale)}`;
}

export function listHref(year: number, id: string, locale = 'en'): string {
  return `/reports/${year}/${id}.csv${languageQuery(locale)}`;
}

export function figureHref(year: number, figureId: string, locale = 'en'): string {
  return `/reports/${year}/figures/${figureId}.csv${languageQuery(locale)}`;
}

/** A language named in itself ("français", "العربية"): how a reader finds their own. */
export function LanguageName({ locale }: { locale: Locale }): SafeHtml {
  return <span lang={locale}>{languageName(locale)}</span>;
}

export function formatLabel(ctx: ViewContext, format: ReportFormat | 'csv'): string {
  return ctx.t(`reports.format.${format}` as MessageKey);
}

export function statusLabel(ctx: ViewContext, status: ReportSummary['status']): string {
  return ctx.t(`report.status.${status}` as MessageKey);
}

export function ReportStylesheet(): SafeHtml {
  // A stylesheet link is allowed in the body; the report page is the only one that needs this sheet.
  return <link rel="stylesheet" href="/assets/report.css" />;
}
