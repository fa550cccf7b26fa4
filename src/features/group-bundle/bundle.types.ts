/** The group bundle's records, as read from and written to its YAML file (docs/group-bundle.md). */
export const bundleFormat = 'icat-group-bundle/1';
export const memberStatuses = ['member', 'partner', 'former'] as const;
export const groupKinds = ['standing', 'ad_hoc'] as const;

export interface BundleMember {
  acronym: string;
  name: string;
  /** A code of the group's organization kinds. */
  kind: string;
  status: (typeof memberStatuses)[number];
  joined: number | null;
  left: number | null;
  successor: string | null;
  mandate: string | null;
  roleNote: string | null;
  uncertain: boolean;
  sources: string[];
}

export interface BundleCount {
  asOf: string;
  count: number;
  sources: string[];
}

export interface BundleHistoryEntry {
  on: string;
  summary: string;
  sources: string[];
}

export interface BundlePriorities {
  items: string[];
  crossCutting: string[];
  uncertain: boolean;
  sources: string[];
}

export interface BundleTerm {
  year: number;
  cochairs: string[];
  endorsedOn: string | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
  priorities: BundlePriorities | null;
}

export interface BundleGroup {
  slug: string;
  name: string;
  kind: (typeof groupKinds)[number];
  mandate: string;
  formedOn: string | null;
  formedReason: string | null;
  closedOn: string | null;
  members: string[];
  sources: string[];
}

/** A text per language (`en` the fallback); the file writes one string when only English is given. */
export type BundleTexts = Record<string, string>;

/** The group's own settings, as group settings keep them (not the logo or colours). */
export interface BundleSettings {
  shortName: string | null;
  fullName: BundleTexts;
  description: BundleTexts;
  homeText: BundleTexts;
  aboutText: BundleTexts;
  principals: BundleTexts;
  principalsMeeting: BundleTexts;
  advisors: BundleTexts;
  decisionPrefixes: Record<string, string>;
  /** The names of the report's optional sections: { crises: { en: ... } }. */
  reportSections: Record<string, BundleTexts>;
  contact: string | null;
}

/** A value of a vocabulary, as the vocabulary feature's data holds it. */
export interface BundleVocabularyValue {
  code: string;
  labels: BundleTexts;
  retiredYear: number | null;
}

/** The group's vocabularies, in the vocabulary feature's own shape (docs/vocabularies.md). */
export interface BundleVocabularies {
  dimensions: { code: string; names: BundleTexts; captions: BundleTexts; charted: boolean; values: BundleVocabularyValue[] }[];
  kinds: { names: BundleTexts; values: BundleVocabularyValue[] } | null;
}

export interface GroupBundle {
  group: BundleSettings | null;
  vocabularies: BundleVocabularies | null;
  members: BundleMember[];
  membershipCounts: BundleCount[];
  history: BundleHistoryEntry[];
  terms: BundleTerm[];
  workingGroups: BundleGroup[];
}

export interface BundleIssue {
  line: number;
  message: string;
}

/** An organization the file names (a co-chair, a successor, a group member), with its line. */
export interface BundleRef {
  acronym: string;
  line: number;
  /** Where in the file: terms[2].cochairs[0]. */
  path: string;
}

export interface ParsedBundle {
  bundle: GroupBundle | null;
  issues: BundleIssue[];
  /** Named organizations that are not in the bundle itself: they must be on record. */
  outsideRefs: BundleRef[];
  /** The line of each section present, for problems found later (a section that cannot be stored). */
  sectionLines: Partial<Record<'group' | 'vocabularies', number>>;
  /** Those two sections as read, even when other problems keep `bundle` null: all is checked at once. */
  group: BundleSettings | null;
  vocabularies: BundleVocabularies | null;
  /** The line of each place in `vocabularies` ("dimensions.0.values.2.code"), to place the vocabulary feature's problems. */
  vocabularyLines: Map<string, number>;
  /** Each member's kind with its line, checked against the kinds of the bundle or on record. */
  kindRefs: { kind: string; line: number; path: string }[];
}
