/**
 * Where the bundle's `group:` (the group's settings) and `vocabularies:` (the mapping's dimensions and
 * the kinds of organization) sections are stored: through the group-settings and vocabulary features'
 * own import and export, so the bundle holds what they hold, in their shape.
 */
import type { Deps } from '../../deps';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import * as groupSettings from '../group-settings/group-settings.service';
import * as vocabularies from '../vocabularies/vocabularies.import.service';
import type { BundleIssue, BundleSettings, BundleTexts, BundleVocabularies } from './bundle.types';

export interface SectionAdapter<T> {
  /** Problems that stop the import, at the lines of the section. */
  check(deps: Deps, section: T, lines: Map<string, number>): Promise<BundleIssue[]>;
  /** Writes the section; returns how many records it added or changed. */
  store(deps: Deps, actor: Actor, section: T): Promise<number>;
  read(deps: Deps): Promise<T | null>;
}

const noTexts = (texts: Partial<Record<string, string>> | undefined): BundleTexts =>
  Object.fromEntries(Object.entries(texts ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

export const storeGroupSettings: SectionAdapter<BundleSettings> = {
  // The reader checks every field against the settings' own bounds and patterns.
  check: async () => [],
  store: async (deps, actor, group) =>
    groupSettings.importReferenceGroup(deps, actor, {
      shortName: group.shortName ?? '',
      fullName: group.fullName,
      description: group.description,
      homeText: group.homeText,
      aboutText: group.aboutText,
      principals: group.principals,
      principalsMeeting: group.principalsMeeting,
      advisors: group.advisors,
      decisionPrefixes: group.decisionPrefixes,
      reportSections: group.reportSections,
      contactEmail: group.contact,
    }),
  read: async (deps) => {
    const group = await groupSettings.exportReferenceGroup(deps);
    if (!group) return null;
    return {
      shortName: group.shortName,
      fullName: noTexts(group.fullName),
      description: noTexts(group.description),
      homeText: noTexts(group.homeText),
      aboutText: noTexts(group.aboutText),
      principals: noTexts(group.principals),
      principalsMeeting: noTexts(group.principalsMeeting),
      advisors: noTexts(group.advisors),
      decisionPrefixes: { ...(group.decisionPrefixes as Record<string, string>) },
      reportSections: Object.fromEntries(Object.entries(group.reportSections).map(([section, names]) => [section, noTexts(names)])),
      contact: group.contactEmail ?? null,
    };
  },
};

/** The bundle's vocabularies as the vocabulary feature's data (`importVocabularies`). */
export function vocabularyData(section: BundleVocabularies): unknown {
  return {
    dimensions: section.dimensions.map((dimension) => ({
      code: dimension.code,
      names: dimension.names,
      captions: dimension.captions,
      charted: dimension.charted,
      values: dimension.values.map((value) => ({ code: value.code, labels: value.labels, retiredYear: value.retiredYear })),
    })),
    // A bundle without kinds keeps the kinds on record.
    kinds: section.kinds
      ? {
          ...(Object.keys(section.kinds.names).length > 0 ? { names: section.kinds.names } : {}),
          values: section.kinds.values.map((value) => ({ code: value.code, labels: value.labels, retiredYear: value.retiredYear })),
        }
      : { values: [] },
  };
}

/** The line of a problem the vocabulary feature names by path ("dimensions.2.values.0.code"): that place's, or its nearest parent's. */
function lineOf(path: string, lines: Map<string, number>): number {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const line = lines.get(parts.slice(0, length).join('.'));
    if (line !== undefined) return line;
  }
  return lines.get('data') ?? 1;
}

export const storeVocabularies: SectionAdapter<BundleVocabularies> = {
  check: async (_deps, section, lines) => {
    const { problems } = vocabularies.checkVocabularySet(vocabularyData(section));
    return problems.map((problem) => ({ line: lineOf(problem.path, lines), message: `vocabularies.${problem.path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')}: ${problem.message}` }));
  },
  store: async (deps, actor, section) => {
    const result = await vocabularies.importVocabularies(deps, actor, vocabularyData(section), 'merge');
    if (result.problems.length > 0) throw new Error(localized('groupBundle.problems', { file: 'vocabularies', count: result.problems.length }));
    return result.added + result.changed;
  },
  read: async (deps) => {
    const set = await vocabularies.exportVocabularies(deps);
    const values = (list: { code: string; labels: Partial<Record<string, string>>; retiredYear?: number | null }[]) =>
      list.map((value) => ({ code: value.code, labels: noTexts(value.labels), retiredYear: value.retiredYear ?? null }));
    return {
      dimensions: set.dimensions.map((dimension) => ({
        code: dimension.code,
        names: noTexts(dimension.names),
        captions: noTexts(dimension.captions),
        charted: dimension.charted ?? true,
        values: values(dimension.values),
      })),
      kinds: { names: noTexts(set.kinds.names), values: values(set.kinds.values) },
    };
  },
};
