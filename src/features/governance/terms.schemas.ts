/**
 * The inputs of a term as the secretariat edits it: a year to add, and a year's co-chairs,
 * endorsement and priorities. A form sends the priorities as parallel lists (one entry a row);
 * plain data from a file may send `priorities` as a list of { title, sources, crossCutting } instead.
 */
import { z } from 'zod';
import { sourceList } from '../../lib/sources';
import { calendarDay, optional, says } from '../../lib/validation';

export const maxPriorities = 20;

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
const list = (value: unknown) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

export const termYear = z.coerce.number().int().min(2000, says('fields.year')).max(2200, says('fields.year'));

export const termCreateForm = z.object({ year: termYear });
export type TermCreateInput = z.input<typeof termCreateForm>;

export const priorityInput = z.object({
  /** The priority on record this row edits; none for a new one. */
  id: optional(z.coerce.number().int().min(1).max(2_147_483_647)),
  title: z.string().trim().max(300),
  sources: sourceList,
  crossCutting: checkbox,
});
export type PriorityInput = z.output<typeof priorityInput>;

/** The rows of a form (priority_id, priority_title, priority_sources, priority_kind, each sent once a row) as a list of priorities. */
export function prioritiesFromForm(body: Record<string, unknown>): unknown[] {
  if (Array.isArray(body.priorities)) return body.priorities;
  const titles = list(body.priority_title);
  const ids = list(body.priority_id);
  const sources = list(body.priority_sources);
  const kinds = list(body.priority_kind);
  return titles.map((title, index) => ({ id: ids[index], title, sources: sources[index], crossCutting: kinds[index] === 'cross_cutting' }));
}

export const termUpdateForm = z.object({
  chair_1: optional(z.string().trim().max(60)),
  chair_2: optional(z.string().trim().max(60)),
  endorsed_on: optional(calendarDay),
  note: optional(z.string().trim().max(2000)),
  sources: sourceList,
  uncertain: checkbox,
  priorities: z.array(priorityInput).max(200),
  version: z.coerce.number().int().min(1),
});
export type TermUpdateInput = z.input<typeof termUpdateForm>;
export type TermUpdate = z.output<typeof termUpdateForm>;
