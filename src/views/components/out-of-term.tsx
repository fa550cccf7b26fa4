import type { SafeHtml } from '../../lib/html';
import type { OutOfTerm } from '../../policy/actor';
import type { ViewContext } from '../context';

/** Tells a co-chair outside their term why a co-chairs' action (named by `action`) is not offered. */
export function OutOfTermNotice({ ctx, outOfTerm, action }: { ctx: ViewContext; outOfTerm: OutOfTerm | null; action: string }): SafeHtml {
  if (!outOfTerm) return <></>;
  const { t } = ctx;
  const year = String(outOfTerm.year);
  const years = outOfTerm.termYears.join(', ');
  return <p class="notice">{years ? t('outOfTerm', { action, year, years }) : t('outOfTerm.noTerm', { action, year })}</p>;
}
