/**
 * What each kind of text is, asked of the feature that owns it: its words, its language, its page,
 * and whether the person may read it (the owner's rule: NOT_FOUND otherwise). Translations' routes
 * and the `icat texts` command resolve a text here, then hand it to translations.service.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import * as library from '../library/library.service';
import * as reports from '../reports/reports.service';
import * as statements from '../statements/statements.service';
import type { SourceText, TextKind } from './translations.service';

const reportSections = ['foreword', 'crises', 'outlook'] as const;
type ReportSection = (typeof reportSections)[number];

function isReportSection(value: string): value is ReportSection {
  return (reportSections as readonly string[]).includes(value);
}

function badReference(kind: TextKind, ref: string): AppError {
  return new AppError('VALIDATION', localized('texts.ref.invalid', { ref, kind }), { fields: [{ field: 'ref', message: localized('texts.ref.expected', { kind }) }] });
}

/** The text `ref` of `kind` (an id; a report section: "year.section"), as `actor` may read it. */
export async function sourceText(deps: Deps, actor: Actor | null, kind: TextKind, ref: string): Promise<SourceText> {
  const [idText = '', part = ''] = ref.split('.');
  const id = /^\d{1,9}$/.test(idText) ? Number(idText) : NaN;
  if (!Number.isInteger(id) || (kind === 'report_section') !== (part !== '')) throw badReference(kind, ref);
  if (kind === 'statement') {
    const text = await statements.statementTextById(deps, actor, id);
    return { key: { kind, id, part: '' }, ref, title: text.title, body: text.body, language: text.summary.originalLanguage, url: text.summary.url, penYear: text.penYear };
  }
  if (kind === 'publication' || kind === 'event') {
    const record = await library.libraryTextById(deps, actor, kind, id);
    const url = kind === 'publication' ? `/publications/${record.slug}` : `/events/${record.slug}`;
    return { key: { kind, id, part: '' }, ref, title: record.title, body: record.summary, language: record.originalLanguage, url, penYear: library.libraryPenYear(deps) };
  }
  if (!isReportSection(part)) throw badReference(kind, ref);
  const section = await reports.narrativeText(deps, actor, id, part);
  // A section has no title of its own: its key names it in the workspace and in files.
  return { key: { kind, id, part }, ref, title: part, body: section.markdown, language: section.language, url: section.url, penYear: id };
}
