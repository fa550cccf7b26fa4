/**
 * What each kind of text is, asked of the feature that owns it: its words, its language, its page,
 * and whether the person may read it (the owner's rule: NOT_FOUND otherwise). Translations' routes
 * and the `icat texts` command resolve a text here, then hand it to translations.service.
 *
 * The owners use translations, so they register their kinds here (`registerTextSource`) when their
 * service loads, rather than translations importing them: statements ('statement'), library
 * ('publication', 'event'), reports ('report_section').
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import type { SourceText, TextKind } from './translations.service';

/** A text of one kind, by its id (and, for a report section, its part), as `actor` may read it. */
export type TextSourceReader = (deps: Deps, actor: Actor | null, id: number, part: string) => Promise<Omit<SourceText, 'key' | 'ref'>>;

const readers = new Map<TextKind, TextSourceReader>();

/** Called once by the feature that owns texts of `kind`. */
export function registerTextSource(kind: TextKind, read: TextSourceReader): void {
  readers.set(kind, read);
}

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
  if (kind === 'report_section' && !isReportSection(part)) throw badReference(kind, ref);
  const read = readers.get(kind);
  if (!read) throw new Error(`No feature has registered texts of kind "${kind}".`);
  return { key: { kind, id, part }, ref, ...(await read(deps, actor, id, part)) };
}
