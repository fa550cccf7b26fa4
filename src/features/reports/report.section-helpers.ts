/** Small helpers every part of the report's sections uses: links, years, dates and plain text. */
import { markdownToPlainText } from '../../lib/markdown';
import type * as governance from '../governance/governance.service';
import type { Build } from './report.build';

export function memberHref(member: { slug: string }): string {
  return `/members/${member.slug}`;
}

export function chairNames(b: Build, term: governance.Term | null): string {
  return term ? new Intl.ListFormat(b.locale, { type: 'conjunction' }).format(term.chairs.map((chair) => chair.acronym)) : '';
}

export function yearText(b: Build): { year: string } {
  return { year: String(b.data.year) };
}

/** Sorts partial dates so that a month or a bare year comes after the full dates in it. */
export function dateKey(date: string): string {
  return date.length === 10 ? date : `${date}-99`;
}

export function partialDate(b: Build, date: string): string {
  return b.fmt.date(date);
}

export function plain(markdown: string): string {
  return markdownToPlainText(markdown);
}

/** A partial date short enough for an axis: '2018', 'Dec 2022'. */
export function shortDate(b: Build, asOf: string): string {
  const month = new Intl.DateTimeFormat(b.locale === 'en' ? 'en-GB' : b.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return /^\d{4}-\d{2}/.test(asOf) ? month.format(new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`)) : asOf.slice(0, 4);
}
