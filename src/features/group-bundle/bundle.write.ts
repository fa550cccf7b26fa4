/**
 * Writes a group bundle in its one canonical form, so that reading what was written gives the same
 * bundle and writing it again the same text; and a bundle's problems as `FILE:LINE: message` lines.
 */
import { Document } from 'yaml';
import { localized } from '../../lib/i18n';
import { bundleFormat, type BundleIssue, type BundleSettings, type BundleTexts, type BundleVocabularies, type BundleVocabularyValue, type GroupBundle } from './bundle.types';

const languages = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

/** A text per language in the language order; one string when only English is given; null when empty. */
function textsOut(texts: BundleTexts): string | Record<string, string> | null {
  const given = languages.filter((language) => typeof texts[language] === 'string' && texts[language] !== '');
  if (given.length === 0) return null;
  if (given.length === 1 && given[0] === 'en') return texts.en!;
  return Object.fromEntries(given.map((language) => [language, texts[language]!]));
}

function settingsOut(group: BundleSettings): Record<string, unknown> {
  const prefixes = ['principal', 'working', 'group'].filter((level) => group.decisionPrefixes[level]);
  const sections = Object.keys(group.reportSections)
    .sort()
    .filter((section) => textsOut(group.reportSections[section]!) !== null);
  return compact({
    short_name: group.shortName,
    full_name: textsOut(group.fullName),
    description: textsOut(group.description),
    home_text: textsOut(group.homeText),
    about_text: textsOut(group.aboutText),
    principals: textsOut(group.principals),
    principals_meeting: textsOut(group.principalsMeeting),
    advisors: textsOut(group.advisors),
    decision_prefixes: prefixes.length > 0 ? Object.fromEntries(prefixes.map((level) => [level, group.decisionPrefixes[level]])) : null,
    report_sections: sections.length > 0 ? Object.fromEntries(sections.map((section) => [section, textsOut(group.reportSections[section]!)])) : null,
    contact: group.contact,
  });
}

function valuesOut(values: BundleVocabularyValue[]): Record<string, unknown>[] {
  return values.map((value) => compact({ code: value.code, labels: textsOut(value.labels), retired_year: value.retiredYear }));
}

/** The vocabularies in their stored order (the order is the group's: positions on /admin/vocabularies). */
function vocabulariesOut(vocabularies: BundleVocabularies): Record<string, unknown> {
  return compact({
    dimensions: vocabularies.dimensions.map((dimension) =>
      // `charted: false` is said (compact drops false); charted, the default, is not.
      ({
        ...compact({ code: dimension.code, names: textsOut(dimension.names), captions: textsOut(dimension.captions) }),
        ...(dimension.charted ? {} : { charted: false }),
        ...compact({ values: valuesOut(dimension.values) }),
      }),
    ),
    kinds: vocabularies.kinds ? compact({ names: textsOut(vocabularies.kinds.names), values: valuesOut(vocabularies.kinds.values) }) : null,
  });
}

/** Drops fields that say nothing (null, false, empty lists), so the file shows only what is known. */
function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== false && !(Array.isArray(value) && value.length === 0)));
}

/** The canonical text of a bundle: sections and fields in a fixed order, records sorted by their natural key. */
export function writeBundle(bundle: GroupBundle): string {
  const byText = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0);
  const data = compact({
    format: bundleFormat,
    group: bundle.group ? settingsOut(bundle.group) : null,
    vocabularies: bundle.vocabularies ? vocabulariesOut(bundle.vocabularies) : null,
    members: [...bundle.members]
      .sort((a, b) => byText(a.acronym, b.acronym))
      .map((member) =>
        compact({
          acronym: member.acronym,
          name: member.name,
          kind: member.kind,
          status: member.status,
          joined: member.joined,
          left: member.left,
          successor: member.successor,
          mandate: member.mandate,
          role_note: member.roleNote,
          uncertain: member.uncertain,
          sources: member.sources,
        }),
      ),
    membership_counts: [...bundle.membershipCounts].sort((a, b) => byText(a.asOf, b.asOf)).map((count) => compact({ as_of: count.asOf, count: count.count, sources: count.sources })),
    history: [...bundle.history].sort((a, b) => byText(a.on, b.on) || byText(a.summary, b.summary)).map((entry) => compact({ on: entry.on, summary: entry.summary, sources: entry.sources })),
    terms: [...bundle.terms]
      .sort((a, b) => a.year - b.year)
      .map((term) =>
        compact({
          year: term.year,
          cochairs: term.cochairs,
          endorsed_on: term.endorsedOn,
          note: term.note,
          uncertain: term.uncertain,
          sources: term.sources,
          priorities: term.priorities
            ? compact({ items: term.priorities.items, cross_cutting: term.priorities.crossCutting, uncertain: term.priorities.uncertain, sources: term.priorities.sources })
            : null,
        }),
      ),
    working_groups: [...bundle.workingGroups]
      .sort((a, b) => byText(a.slug, b.slug))
      .map((group) =>
        compact({
          slug: group.slug,
          name: group.name,
          kind: group.kind,
          mandate: group.mandate,
          formed_on: group.formedOn,
          formed_reason: group.formedReason,
          closed_on: group.closedOn,
          members: [...group.members].sort(byText),
          sources: group.sources,
        }),
      ),
  });
  const doc = new Document(data);
  doc.commentBefore = " A group's reference data (docs/group-bundle.md).\n Read it with: icat import-group FILE; write it with: icat export-group FILE";
  return doc.toString({ lineWidth: 0 });
}

/** The problems of a bundle as `FILE:LINE: message` lines, under one line saying nothing was written. */
export function describeBundleIssues(file: string, issues: BundleIssue[]): string {
  const shown = issues.slice(0, 200).map((issue) => `${file}:${issue.line}: ${issue.message}`);
  const more = issues.length > shown.length ? [`${file}: …`] : [];
  return [localized('groupBundle.problems', { file, count: issues.length }), ...shown, ...more].join('\n');
}
