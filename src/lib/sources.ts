/**
 * The sources of a reference record and its partial dates, checked alike wherever they are entered:
 * sources are a text with one web address a line (a form) or a list (plain data from a file), and
 * are shown as links, so only http:// and https:// addresses are accepted.
 */
import { z } from 'zod';
import { localized } from './i18n';
import { isCalendarDay, says } from './validation';

const maxSources = 30;
const maxSourceLength = 500;

/** Sources: a text with one a line (a form), or a list (plain data); blank lines are dropped. */
export const sourceList = z
  .preprocess((value) => (value === undefined || value === null ? [] : typeof value === 'string' ? value.split(/\r?\n/) : value), z.array(z.string().max(10_000)).max(1000))
  .transform((items) => items.map((item) => item.trim()).filter((item) => item !== ''))
  .refine((items) => items.length <= maxSources, says('referenceAdmin.field.tooManySources', { count: maxSources }))
  .refine((items) => items.every((item) => item.length <= maxSourceLength), says('referenceAdmin.field.sourceTooLong', { count: maxSourceLength }))
  .superRefine((items, context) => {
    // Sources are shown as links: only web addresses, so no other scheme (javascript:, data:) reaches a page.
    const line = items.findIndex((item) => !isWebAddress(item));
    if (line >= 0) context.addIssue({ code: 'custom', message: localized('fields.lineNotWebAddress', { line: line + 1, address: items[line] ?? '' }) });
  });

function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', a real month and day. */
export const partialDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, says('fields.partialDate'))
  .refine((value) => {
    const [y, m = '01', d = '01'] = value.split('-');
    return isCalendarDay(`${y}-${m}-${d}`);
  }, says('fields.realDate'));
