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

/** The group's own settings: its name and texts. A text is one string or one per language. */
export interface BundleSettings {
  name: string | null;
  texts: Record<string, string | Record<string, string>>;
}

/** The mapping's vocabularies: facet -> its terms, each a code and a label (one or one per language). */
export type BundleVocabularies = Record<string, { code: string; label: string | Record<string, string> }[]>;

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

export interface BundleKindRef {
  acronym: string;
  kind: string;
  line: number;
  /** Where in the file: members[3].kind. */
  path: string;
}

export interface ParsedBundle {
  bundle: GroupBundle | null;
  issues: BundleIssue[];
  /** Named organizations that are not in the bundle itself: they must be on record. */
  outsideRefs: BundleRef[];
  /** Each member's kind, where it is written: it must be a kind of the group's vocabulary. */
  kindRefs: BundleKindRef[];
  /** The line of each section present, for problems found later (a section that cannot be stored). */
  sectionLines: Partial<Record<'group' | 'vocabularies', number>>;
  /** Those two sections as read, even when other problems keep `bundle` null: all is checked at once. */
  group: BundleSettings | null;
  vocabularies: BundleVocabularies | null;
}
