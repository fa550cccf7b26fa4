/** The reference group (read and written by the seed and the group bundle) and a new group's settings (`icat init`). */
import type { Deps } from '../../deps';
import { writeMeta, readMeta } from '../../db/meta';
import { updateVersioned } from '../../db/versioned';
import { AppError } from '../../lib/errors';
import { defaultColours, defaultDecisionPrefixes, type GroupIdentityData, type MeetingLevelName } from '../../lib/group';
import { localized } from '../../lib/i18n';
import { optionalSections, type OptionalSection } from '../../lib/report-sections';
import { parseInput } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as repo from './group-settings.repository';
import { initOptions } from './group-settings.schemas';
import type { TextsByLanguage } from './group-settings.table';
import { staleGroupSettings } from './group-settings.editing.service';
import { loadGroupSettings, sectionNames, texts, toData } from './group-settings.read.service';

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
