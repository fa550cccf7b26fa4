/**
 * Where the bundle's `group:` (the group's name and texts) and `vocabularies:` (the mapping's
 * vocabularies) sections are stored. This version of the platform keeps neither as data yet: a
 * bundle that fills either section is refused with a problem on that section's line, and an export
 * writes neither. When the group-settings and vocabulary features exist, these two adapters are the
 * one place to connect them (check, store, read), and nothing else in the bundle changes.
 */
import type { Deps } from '../../deps';
import { localized } from '../../lib/i18n';
import type { BundleIssue, BundleSettings, BundleVocabularies } from './bundle.types';

export interface SectionAdapter<T> {
  /** Problems that stop the import, at the section's line. */
  check(section: T, line: number): BundleIssue[];
  store(deps: Deps, section: T): Promise<void>;
  read(deps: Deps): Promise<T | null>;
}

const isEmptySettings = (settings: BundleSettings) => settings.name === null && Object.keys(settings.texts).length === 0;
const isEmptyVocabularies = (vocabularies: BundleVocabularies) => Object.values(vocabularies).every((terms) => terms.length === 0);

export const storeGroupSettings: SectionAdapter<BundleSettings> = {
  check: (settings, line) => (isEmptySettings(settings) ? [] : [{ line, message: `group: ${localized('groupBundle.notStored', { section: 'group' })}` }]),
  store: async () => undefined,
  read: async () => null,
};

export const storeVocabularies: SectionAdapter<BundleVocabularies> = {
  check: (vocabularies, line) => (isEmptyVocabularies(vocabularies) ? [] : [{ line, message: `vocabularies: ${localized('groupBundle.notStored', { section: 'vocabularies' })}` }]),
  store: async () => undefined,
  read: async () => null,
};
