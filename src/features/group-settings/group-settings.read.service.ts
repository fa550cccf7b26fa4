/** Reading the group's settings into its identity (lib/group.ts and the catalogue's group words), and following another process's changes. */
import type { Deps } from '../../deps';
import { watchForChanges } from '../../lib/change-watcher';
import { defaultDecisionPrefixes, groupIdentity, groupIdentityData, neutralGroupIdentity, setGroupIdentity, type GroupIdentityData, type MeetingLevelName, type TextByLanguage } from '../../lib/group';
import { setGroupWords, supportedLocales, type GroupWords, type Locale } from '../../lib/i18n';
import { optionalSections, setOptionalSectionTitles, type OptionalSection } from '../../lib/report-sections';
import * as repo from './group-settings.repository';
import type { TextsByLanguage } from './group-settings.table';

const levels: MeetingLevelName[] = ['principal', 'working', 'group'];

export function texts(value: TextsByLanguage | null | undefined): TextByLanguage {
  const result: TextByLanguage = {};
  for (const locale of supportedLocales) {
    const text = value?.[locale];
    if (typeof text === 'string' && text.trim() !== '') result[locale] = text;
  }
  return result;
}

/** The names of the optional report sections that are named (a section with no name in any language is left out). */
export function sectionNames(value: Record<string, TextsByLanguage> | null | undefined): Partial<Record<OptionalSection, TextByLanguage>> {
  const result: Partial<Record<OptionalSection, TextByLanguage>> = {};
  for (const section of optionalSections) {
    const names = texts(value?.[section]);
    if (Object.keys(names).length > 0) result[section] = names;
  }
  return result;
}

export function toData(row: repo.GroupSettingsRow | undefined): GroupIdentityData {
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
