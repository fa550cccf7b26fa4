/**
 * The JSON API's writes of progress updates, with a personal API token (or a session): the same
 * fields, checks and rights as the update form, through the same service functions. A focal point
 * files for their own organization only; naming another organization is refused (403), as the forms
 * refuse another organization's update.
 */
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as members from '../members/members.service';
import { indicatorField, type ProgressUpdate } from './progress.model';
import type { ProgressStatus, UpdateState } from './progress.table';
import * as updates from './updates.service';

/** What the API answers for an update: a declared shape, not the internal record. */
export interface ApiUpdate {
  id: number;
  version: number;
  state: UpdateState;
  status: ProgressStatus;
  period: { id: number; year: number; label: string };
  organization: string;
  target: { kind: 'item' | 'pledge'; id: number; code: string | null; title: string };
  narrative: string;
  evidenceLinks: { url: string; title: string }[];
  evidenceFiles: number;
  values: { indicatorId: number; name: string; unit: string; type: string; value: number }[];
  submittedAt: string | null;
  updatedAt: string;
  url: string;
}

export function presentUpdate(update: ProgressUpdate): ApiUpdate {
  return {
    id: update.id,
    version: update.version,
    state: update.state,
    status: update.status,
    period: { id: update.period.id, year: update.period.year, label: update.period.label },
    organization: update.entity.acronym,
    target: { kind: update.target.kind, id: update.target.id, code: update.target.code, title: update.target.title },
    narrative: update.narrative,
    evidenceLinks: update.evidence.filter((entry) => entry.kind === 'link').map((entry) => ({ url: entry.url ?? '', title: entry.title })),
    evidenceFiles: update.evidence.filter((entry) => entry.kind === 'file').length,
    values: update.values.map((value) => ({ indicatorId: value.indicatorId, name: value.name, unit: value.unit, type: value.type, value: value.value })),
    submittedAt: update.submittedAt ? update.submittedAt.toISOString() : null,
    updatedAt: update.updatedAt.toISOString(),
    url: `/progress/updates/${update.id}`,
  };
}

/**
 * A JSON body in the form's fields. Also accepted, for programs: `evidence_links` as a list of lines,
 * and `values` as an object from indicator number to value (the form's `indicator_<id>` fields).
 */
function asFormBody(raw: unknown): Record<string, unknown> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const body: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  if (Array.isArray(body.evidence_links)) body.evidence_links = body.evidence_links.map((line) => String(line)).join('\n');
  const values = body.values;
  delete body.values;
  if (values && typeof values === 'object' && !Array.isArray(values)) {
    for (const [id, value] of Object.entries(values as Record<string, unknown>)) {
      if (/^\d{1,9}$/.test(id)) body[indicatorField(Number(id))] = value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
    }
  }
  return body;
}

/** `organization` in a body must be the caller's own: another one is refused like another organization's update. */
async function assertOwnOrganization(deps: Deps, actor: Actor | null, body: Record<string, unknown>): Promise<void> {
  const named = body.organization ?? body.entity;
  if (named === undefined || named === null || named === '') return;
  authorize(actor, 'progress.file', { entityId: actor?.entityId });
  const acronym = String(named).slice(0, 80);
  const id = (await members.entityIdsByAcronym(deps, [acronym])).get(acronym);
  if (id !== actor.entityId) throw new AppError('FORBIDDEN', localized('progressImport.api.otherOrganization'));
}

export async function createFromApi(deps: Deps, actor: Actor | null, raw: unknown): Promise<ApiUpdate> {
  const body = asFormBody(raw);
  await assertOwnOrganization(deps, actor, body);
  return presentUpdate(await updates.createUpdate(deps, actor, body));
}

export async function saveFromApi(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<ApiUpdate> {
  const body = asFormBody(raw);
  await assertOwnOrganization(deps, actor, body);
  return presentUpdate(await updates.saveUpdate(deps, actor, id, body));
}
