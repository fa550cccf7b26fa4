/**
 * The group the platform serves, as data: read at start (and whenever another process changes it)
 * into what pages, files and mail read (lib/group.ts) and into the catalogue's group words
 * ({group}, {groupFull}, {principals}...); changed by an administrator at /admin/group (versioned,
 * audited), by `icat init` on an empty install, or by the seed (the reference group, the default).
 */
import type { Deps } from '../../deps';
import { watchForChanges } from '../../lib/change-watcher';
import { writeMeta, readMeta } from '../../db/meta';
import { updateVersioned } from '../../db/versioned';
import { AppError, staleRecord, staleVersion } from '../../lib/errors';
import {
  bestTextOn,
  contrastRatio,
  defaultColours,
  defaultDecisionPrefixes,
  groupIdentity,
  groupIdentityData,
  neutralGroupIdentity,
  minimumContrast,
  setGroupIdentity,
  shownRatio,
  whiteText,
  type GroupIdentity,
  type GroupIdentityData,
  type MeetingLevelName,
  type TextByLanguage,
} from '../../lib/group';
import { localized, setGroupWords, supportedLocales, type GroupWords, type Locale } from '../../lib/i18n';
import { checkLogo } from '../../lib/logo';
import { optionalSections, setOptionalSectionTitles, type OptionalSection } from '../../lib/report-sections';
import type { DownloadableFile } from '../../lib/uploads';
import { parseInput, parseWithChecks, type FieldCheck } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize, can } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as files from '../files/files.service';
import * as repo from './group-settings.repository';
import { groupSettingsForm, initOptions, reportSectionFieldName, textFieldName, textFieldNames, type GroupSettingsForm, type TextField } from './group-settings.schemas';
import type { TextsByLanguage } from './group-settings.table';

export type { GroupIdentity, GroupIdentityData };

const levels: MeetingLevelName[] = ['principal', 'working', 'group'];

function texts(value: TextsByLanguage | null | undefined): TextByLanguage {
  const result: TextByLanguage = {};
  for (const locale of supportedLocales) {
    const text = value?.[locale];
    if (typeof text === 'string' && text.trim() !== '') result[locale] = text;
  }
  return result;
}

/** The names of the optional report sections that are named (a section with no name in any language is left out). */
function sectionNames(value: Record<string, TextsByLanguage> | null | undefined): Partial<Record<OptionalSection, TextByLanguage>> {
  const result: Partial<Record<OptionalSection, TextByLanguage>> = {};
  for (const section of optionalSections) {
    const names = texts(value?.[section]);
    if (Object.keys(names).length > 0) result[section] = names;
  }
  return result;
}

function toData(row: repo.GroupSettingsRow | undefined): GroupIdentityData {
  if (!row) return neutralGroupIdentity();
  const prefixes = row.decision_prefixes ?? {};
  return {
    configured: true,
    shortName: row.short_name,
    fullName: texts(row.full_name),
    description: texts(row.description),
    homeText: texts(row.home_text),
    aboutText: texts(row.about_text),
    principals: texts(row.principals),
    principalsMeeting: texts(row.principals_meeting),
    advisors: texts(row.advisors),
    decisionPrefixes: Object.fromEntries(levels.map((level) => [level, prefixes[level] || defaultDecisionPrefixes[level]])) as Record<MeetingLevelName, string>,
    contactEmail: row.contact_email,
    logo: row.logo_stored_name && row.logo_mime_type ? { storedName: row.logo_stored_name, mimeType: row.logo_mime_type, version: row.version } : null,
    colours: { primary: row.primary_colour, accent: row.accent_colour },
    reportSections: sectionNames(row.report_sections),
    version: row.version,
  };
}

/** Makes these settings what every page, file and message reads. */
/** Makes pages and messages speak as the group: its settings, the words messages take from them, its report sections. */
export function applyGroupIdentity(data: GroupIdentityData): void {
  setGroupIdentity(data);
  const words: Partial<Record<Locale, GroupWords>> = {};
  for (const locale of supportedLocales) {
    const group = groupIdentity(locale);
    words[locale] = { group: group.shortName, groupFull: group.fullName, principals: group.principals, principalsMeeting: group.principalsMeeting, advisors: group.advisors };
  }
  setGroupWords(words);
  setOptionalSectionTitles(data.reportSections);
}

/** Reads the settings (none: neutral words) into what pages and messages read. At start, and after a change. */
export async function loadGroupSettings(deps: Pick<Deps, 'db'>): Promise<GroupIdentityData> {
  const data = toData(await repo.findSettings(deps.db));
  applyGroupIdentity(data);
  return data;
}

/**
 * For commands, which may run before the migrations (`icat migrate`, `icat restore`): a database
 * without the table yet reads as an install not yet set up.
 */
export async function loadGroupSettingsIfMigrated(deps: Pick<Deps, 'db'>): Promise<GroupIdentityData> {
  try {
    return await loadGroupSettings(deps);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== '42P01') throw error;
    const data = toData(undefined);
    applyGroupIdentity(data);
    return data;
  }
}

/** The settings loaded, in every language. */
export function groupSettings(): GroupIdentityData {
  return groupIdentityData() ?? toData(undefined);
}

export { currentGroup, groupIdentity } from '../../lib/group';

/**
 * Keeps a running server in step with changes made by another process (`icat init`, another
 * instance): every `intervalMs`, the settings are read again if they changed.
 */
export function watchGroupSettings(deps: Pick<Deps, 'db' | 'log'>, intervalMs = 60_000): () => void {
  return watchForChanges({
    stamp: () => repo.settingsStamp(deps.db),
    reload: () => loadGroupSettings(deps),
    onError: (error) => deps.log.error({ err: error }, 'reading the group settings failed'),
    intervalMs,
  });
}

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

// The reference group (the seed) and a new group (`icat init`)

/** A group's identity as a data file holds it (the group bundle's `group:` section). */
export interface ReferenceGroup {
  shortName: string;
  fullName: TextsByLanguage;
  description?: TextsByLanguage;
  homeText?: TextsByLanguage;
  aboutText?: TextsByLanguage;
  principals?: TextsByLanguage;
  principalsMeeting?: TextsByLanguage;
  advisors?: TextsByLanguage;
  decisionPrefixes?: Partial<Record<MeetingLevelName, string>>;
  /** The names of the report's optional sections, per language: { crises: { en: ... } }. */
  reportSections?: Partial<Record<OptionalSection, TextsByLanguage>>;
  contactEmail?: string | null;
  colours?: { primary: string; accent: string };
}

function referenceRow(group: ReferenceGroup, label: string, now: Date) {
  return {
    id: repo.settingsId,
    short_name: group.shortName,
    full_name: JSON.stringify(texts(group.fullName)),
    description: JSON.stringify(texts(group.description)),
    home_text: JSON.stringify(texts(group.homeText)),
    about_text: JSON.stringify(texts(group.aboutText)),
    principals: JSON.stringify(texts(group.principals)),
    principals_meeting: JSON.stringify(texts(group.principalsMeeting)),
    advisors: JSON.stringify(texts(group.advisors)),
    decision_prefixes: JSON.stringify({ ...defaultDecisionPrefixes, ...group.decisionPrefixes }),
    report_sections: JSON.stringify(sectionNames(group.reportSections)),
    contact_email: group.contactEmail ?? null,
    primary_colour: group.colours?.primary ?? defaultColours.primary,
    accent_colour: group.colours?.accent ?? defaultColours.accent,
    version: 1,
    updated_by_label: label,
    updated_at: now,
  };
}

/** The settings on record as a data file holds them (the group bundle's `group:`); null with none. */
export async function exportReferenceGroup(deps: Pick<Deps, 'db'>): Promise<(ReferenceGroup & { reportSections: Partial<Record<OptionalSection, TextsByLanguage>> }) | null> {
  const row = await repo.findSettings(deps.db);
  if (!row) return null;
  const data = toData(row);
  return {
    shortName: data.shortName,
    fullName: data.fullName,
    description: data.description,
    homeText: data.homeText,
    aboutText: data.aboutText,
    principals: data.principals,
    principalsMeeting: data.principalsMeeting,
    advisors: data.advisors,
    decisionPrefixes: data.decisionPrefixes,
    reportSections: data.reportSections as Partial<Record<OptionalSection, TextsByLanguage>>,
    contactEmail: data.contactEmail,
  };
}

/** `from` with each language `onRecord` lacks added; what is on record stays. */
function filled(onRecord: TextsByLanguage | null | undefined, from: TextsByLanguage | undefined): TextsByLanguage {
  return { ...texts(from), ...texts(onRecord) };
}

/**
 * The group bundle's `group:` section (checked by the bundle's reader): with no settings on record it
 * writes them, as the seed does; with settings, it adds only what they lack (a text in a language,
 * a report section's name, the contact address), and what is set stays as it is, like every record
 * a bundle names. Versioned and audited; returns 1 when it wrote, else 0. Read again with
 * `loadGroupSettings` once the import's transaction is done.
 */
export async function importReferenceGroup(deps: Deps, actor: Actor, group: ReferenceGroup): Promise<number> {
  authorize(actor, 'groupSettings.manage');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const before = await repo.findSettings(trx);
    if (!before) {
      const row = await repo.insertSettings(trx, referenceRow(group, actor.name, now));
      if (!row) return 0;
      await audit.record(trx, now, { actor, action: 'import', table: 'group_settings', recordId: repo.settingsId, after: row });
      return 1;
    }
    const merged = (from: ReferenceGroup | null) => {
      const sections: Record<string, TextsByLanguage> = {};
      for (const section of optionalSections) {
        const names = filled(before.report_sections?.[section], from?.reportSections?.[section]);
        if (Object.keys(names).length > 0) sections[section] = names;
      }
      return {
        full_name: filled(before.full_name, from?.fullName),
        description: filled(before.description, from?.description),
        home_text: filled(before.home_text, from?.homeText),
        about_text: filled(before.about_text, from?.aboutText),
        principals: filled(before.principals, from?.principals),
        principals_meeting: filled(before.principals_meeting, from?.principalsMeeting),
        advisors: filled(before.advisors, from?.advisors),
        report_sections: sections,
        contact_email: before.contact_email ?? from?.contactEmail ?? null,
      };
    };
    const changes = merged(group);
    if (JSON.stringify(changes) === JSON.stringify(merged(null))) return 0;
    await updateVersioned(trx, {
      table: 'group_settings',
      before,
      expectedVersion: before.version,
      changes: {
        full_name: JSON.stringify(changes.full_name),
        description: JSON.stringify(changes.description),
        home_text: JSON.stringify(changes.home_text),
        about_text: JSON.stringify(changes.about_text),
        principals: JSON.stringify(changes.principals),
        principals_meeting: JSON.stringify(changes.principals_meeting),
        advisors: JSON.stringify(changes.advisors),
        report_sections: JSON.stringify(changes.report_sections),
        contact_email: changes.contact_email,
        updated_by_label: actor.name,
      },
      at: now,
      stale: staleGroupSettings,
      show: toData,
      audit: (saved) => audit.record(trx, now, { actor, action: 'import', table: 'group_settings', recordId: repo.settingsId, before, after: saved }),
    });
    return 1;
  });
}

/** What an install already holds, as `icat init` names it when it refuses; empty when there is nothing. */
export async function installContents(deps: Pick<Deps, 'db'>): Promise<string[]> {
  const contents = await repo.installContents(deps.db);
  const what: string[] = [];
  if (contents.settings > 0) what.push(localized('groupSettings.init.what.settings'));
  if (contents.seeded > 0) what.push(localized('groupSettings.init.what.seeded'));
  if (contents.entities > 0) what.push(localized('groupSettings.init.what.records', { count: contents.entities }));
  if (contents.accounts > 0) what.push(localized('groupSettings.init.what.accounts', { count: contents.accounts }));
  return what;
}

/** The app_meta key `icat init` writes: the install belongs to a group of its own, so no demo data is loaded. */
export const initialisedKey = 'group_initialised_at';

/** Whether `icat init` prepared this install (then `icat serve` loads no demo data). */
export async function isInitialisedForGroup(deps: Pick<Deps, 'db'>): Promise<boolean> {
  return (await readMeta(deps.db, initialisedKey)) !== null;
}

/**
 * `icat init`: prepares an EMPTY install for a new group: its settings (names in English; the rest
 * at /admin/group), and a mark so the demo data is not loaded. Refuses, changing nothing, when the
 * database holds anything.
 */
export async function initialiseGroup(deps: Deps, actor: Actor | null, options: unknown): Promise<GroupIdentityData> {
  authorize(actor, 'groupSettings.manage');
  const input = parseInput(initOptions, options);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    // Checked inside the transaction, and the insert does nothing if a row appeared meanwhile.
    const what = await installContents({ db: trx });
    if (what.length > 0) throw new AppError('CONFLICT', localized('groupSettings.init.refused', { what: what.join(', ') }));
    const group: ReferenceGroup = {
      shortName: input.shortName,
      fullName: { en: input.name },
      description: input.description ? { en: input.description } : {},
      contactEmail: input.contact ?? null,
      // A new group has no advisory role until it names one.
      advisors: {},
    };
    const row = await repo.insertSettings(trx, referenceRow(group, actor.name, now));
    if (!row) throw new AppError('CONFLICT', localized('groupSettings.init.refused', { what: localized('groupSettings.init.what.settings') }));
    await audit.record(trx, now, { actor, action: 'create', table: 'group_settings', recordId: repo.settingsId, after: row });
    await writeMeta(trx, initialisedKey, now.toISOString());
  });
  return loadGroupSettings(deps);
}
