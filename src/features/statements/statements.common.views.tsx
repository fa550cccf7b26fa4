/** What the statements' pages share: labels, dates, the tally in words, the data of a statement's page. */
import type { MessageKey } from '../../lib/i18n';
import { formatZonedDateTime } from '../../lib/zoned-time';
import type { ViewContext } from '../../views/context';
import { emptyForm, type FormState, type SelectOption } from '../../views/components/forms';
import type { Meeting } from '../meetings/meetings.schemas';
import type { TextLanguagesData } from '../../views/components/text-languages';
import { roleLabelKey } from '../../policy/advisory-role';
import type { StatementDetail, Tally } from './statements.service';
import { statementKinds } from './statements.table';

// The routes fill these in; every form shares their shape (views/components/forms).
export { emptyForm, type FormState };

export function kindLabel(ctx: ViewContext, kind: string): string {
  return ctx.t(`statement.kind.${kind}` as MessageKey);
}

export function statusLabel(ctx: ViewContext, status: string): string {
  return ctx.t(`statement.status.${status}` as MessageKey);
}

export function kindOptions(ctx: ViewContext): SelectOption[] {
  return statementKinds.map((kind) => ({ value: kind, label: kindLabel(ctx, kind) }));
}

export function roleLabel(ctx: ViewContext, role: string): string {
  return ctx.t(roleLabelKey(role) as MessageKey);
}

export function memberHref(member: { slug: string }): string {
  return `/members/${encodeURIComponent(member.slug)}`;
}

export function dateTime(ctx: ViewContext, moment: Date): string {
  return formatZonedDateTime(moment, 'UTC', ctx.locale);
}

/** "18 of 31 endorsed, 1 abstention, 1 objection, 11 silent". */
export function tallyText(ctx: ViewContext, tally: Tally): string {
  const parts = [ctx.t('round.tally.endorsed', { count: tally.endorsed, total: tally.total })];
  if (tally.abstained > 0) parts.push(ctx.t('round.tally.abstained', { count: tally.abstained }));
  parts.push(ctx.t('round.tally.objected', { count: tally.objected }));
  parts.push(ctx.t('round.tally.silent', { count: tally.silent }));
  return parts.join(', ');
}

export interface StatementPageData {
  statement: StatementDetail;
  meetings: Meeting[];
  forms: Partial<Record<'comment' | 'consultation' | 'round' | 'position' | 'adopt' | 'publish' | 'withdraw', FormState>>;
  notice: string | null;
  /** The language the text is shown in (an approved translation into the reader's, else the original), and its translations for members. */
  languages: TextLanguagesData;
}
