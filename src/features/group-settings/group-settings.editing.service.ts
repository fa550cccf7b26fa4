/** The administrators' form at /admin/group: names, texts, words, colours (contrast checked) and the logo, versioned and audited. */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, staleRecord, staleVersion } from '../../lib/errors';
import { bestTextOn, contrastRatio, minimumContrast, shownRatio, whiteText, type GroupIdentityData } from '../../lib/group';
import { localized, supportedLocales } from '../../lib/i18n';
import { checkLogo } from '../../lib/logo';
import { optionalSections } from '../../lib/report-sections';
import type { DownloadableFile } from '../../lib/uploads';
import { parseWithChecks, type FieldCheck } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as files from '../files/files.service';
import * as repo from './group-settings.repository';
import { groupSettingsForm, reportSectionFieldName, textFieldName, textFieldNames, type GroupSettingsForm, type TextField } from './group-settings.schemas';
import type { TextsByLanguage } from './group-settings.table';
import { applyGroupIdentity, toData } from './group-settings.read.service';

// Editing (/admin/group)

export function mayManageGroupSettings(actor: Actor | null): boolean {
  return can(actor, 'groupSettings.manage');
}

/** The form's values for the settings now saved. */
export function formValuesOf(data: GroupIdentityData): Record<string, string> {
  const values: Record<string, string> = {
    version: String(data.version),
    shortName: data.shortName,
    contactEmail: data.contactEmail ?? '',
    primaryColour: data.colours.primary,
    accentColour: data.colours.accent,
    prefix_principal: data.decisionPrefixes.principal,
    prefix_working: data.decisionPrefixes.working,
    prefix_group: data.decisionPrefixes.group,
  };
  for (const locale of supportedLocales) {
    for (const field of textFieldNames) values[textFieldName(field, locale)] = data[field][locale] ?? '';
    for (const section of optionalSections) values[reportSectionFieldName(section, locale)] = data.reportSections[section]?.[locale] ?? '';
  }
  return values;
}

export interface GroupSettingsEditing {
  data: GroupIdentityData;
  values: Record<string, string>;
}

export async function groupSettingsForEditing(deps: Deps, actor: Actor | null): Promise<GroupSettingsEditing> {
  authorize(actor, 'groupSettings.manage');
  const data = toData(await repo.findSettings(deps.db));
  return { data, values: formValuesOf(data) };
}

/** A save that came after another: 409, with the settings now saved so the form can be sent again. */
export const staleGroupSettings = staleRecord<GroupIdentityData>('groupSettings.stale');

const contrastChecks: FieldCheck<GroupSettingsForm>[] = [
  {
    field: 'primaryColour',
    reads: ['primaryColour'],
    problem: ({ primaryColour }) => {
      const best = bestTextOn(primaryColour);
      return best.ratio >= minimumContrast ? null : localized('groupSettings.error.primaryContrast', { colour: primaryColour, ratio: shownRatio(best.ratio) });
    },
  },
  {
    field: 'accentColour',
    reads: ['accentColour'],
    problem: ({ accentColour }) => {
      const ratio = contrastRatio(whiteText, accentColour);
      return ratio >= minimumContrast ? null : localized('groupSettings.error.accentContrast', { colour: accentColour, ratio: shownRatio(ratio) });
    },
  },
];

function textsOf(form: GroupSettingsForm, field: TextField): TextsByLanguage {
  const result: TextsByLanguage = {};
  for (const locale of supportedLocales) {
    const value = (form as Record<string, unknown>)[textFieldName(field, locale)];
    if (typeof value === 'string' && value.trim() !== '') result[locale] = value.trim();
  }
  return result;
}

function reportSectionsOf(form: GroupSettingsForm): Record<string, TextsByLanguage> {
  const result: Record<string, TextsByLanguage> = {};
  for (const section of optionalSections) {
    const names: TextsByLanguage = {};
    for (const locale of supportedLocales) {
      const value = (form as Record<string, unknown>)[reportSectionFieldName(section, locale)];
      if (typeof value === 'string' && value.trim() !== '') names[locale] = value.trim();
    }
    if (Object.keys(names).length > 0) result[section] = names;
  }
  return result;
}

export interface LogoUpload {
  bytes: Buffer;
  fileName: string;
}

/**
 * Saves the settings from the form, at the version it was opened at: every problem is named at once
 * and nothing changes; a save after another's is refused (the stale-version error, 409).
 */
export async function updateGroupSettings(deps: Deps, actor: Actor | null, fields: unknown, logo: LogoUpload | null = null): Promise<GroupIdentityData> {
  authorize(actor, 'groupSettings.manage');
  let form: GroupSettingsForm;
  let logoProblem: AppError | null = null;
  let checkedLogo: ReturnType<typeof checkLogo> | null = null;
  if (logo && logo.bytes.length > 0) {
    try {
      checkedLogo = checkLogo(logo.bytes, logo.fileName);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      logoProblem = error;
    }
  }
  try {
    form = await parseWithChecks(groupSettingsForm, fields, contrastChecks);
  } catch (error) {
    if (logoProblem && error instanceof AppError && error.code === 'VALIDATION') {
      const issues = [...(error.details.fields ?? []), ...(logoProblem.details.fields ?? [])];
      throw new AppError('VALIDATION', error.message, { fields: issues });
    }
    throw error;
  }
  if (logoProblem) throw logoProblem;
  const now = deps.clock.now();
  const changes = {
    short_name: form.shortName,
    full_name: JSON.stringify(textsOf(form, 'fullName')),
    description: JSON.stringify(textsOf(form, 'description')),
    home_text: JSON.stringify(textsOf(form, 'homeText')),
    about_text: JSON.stringify(textsOf(form, 'aboutText')),
    principals: JSON.stringify(textsOf(form, 'principals')),
    principals_meeting: JSON.stringify(textsOf(form, 'principalsMeeting')),
    advisors: JSON.stringify(textsOf(form, 'advisors')),
    decision_prefixes: JSON.stringify({ principal: form.prefix_principal, working: form.prefix_working, group: form.prefix_group }),
    report_sections: JSON.stringify(reportSectionsOf(form)),
    contact_email: form.contactEmail ?? null,
    primary_colour: form.primaryColour,
    accent_colour: form.accentColour,
    updated_by_label: actor.name,
  };
  const saved = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findSettings(trx);
    let logoColumns: { logo_stored_name: string | null; logo_mime_type: string | null } | Record<string, never> = {};
    if (checkedLogo) logoColumns = { logo_stored_name: await files.storeDocument(trx, checkedLogo.bytes, checkedLogo.mimeType, now), logo_mime_type: checkedLogo.mimeType };
    else if (form.removeLogo) logoColumns = { logo_stored_name: null, logo_mime_type: null };
    if (!before) {
      // A fresh install's first save: there is nothing to be stale against unless someone saved first.
      if (form.version !== 0) throw staleVersion(staleGroupSettings, toData(await repo.findSettings(trx)));
      const row = await repo.insertSettings(trx, { id: repo.settingsId, ...changes, ...logoColumns, version: 1, updated_at: now });
      await audit.record(trx, now, { actor, action: 'create', table: 'group_settings', recordId: repo.settingsId, before, after: row });
      return row;
    }
    return updateVersioned(trx, {
      table: 'group_settings',
      before,
      expectedVersion: form.version,
      changes: { ...changes, ...logoColumns },
      at: now,
      stale: staleGroupSettings,
      show: toData,
      related: async (row) => {
        if ('logo_stored_name' in logoColumns && before.logo_stored_name && before.logo_stored_name !== row.logo_stored_name) await files.deleteFiles(trx, [before.logo_stored_name]);
      },
      audit: (row) => audit.record(trx, now, { actor, action: 'update', table: 'group_settings', recordId: repo.settingsId, before, after: row }),
    });
  });
  const data = toData(saved);
  applyGroupIdentity(data);
  return data;
}

/** The logo's bytes to serve, or NOT_FOUND when the group has none. */
export async function groupLogo(deps: Pick<Deps, 'db'>): Promise<DownloadableFile> {
  const row = await repo.findSettings(deps.db);
  const bytes = row?.logo_stored_name ? await files.findFileBytes(deps.db, row.logo_stored_name) : null;
  if (!row || !bytes || !row.logo_mime_type) throw new AppError('NOT_FOUND', localized('error.NOT_FOUND'));
  return { bytes, mimeType: row.logo_mime_type, originalName: row.logo_mime_type === 'image/png' ? 'logo.png' : 'logo.svg' };
}
