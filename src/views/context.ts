import type { Formatters, Locale, MessageKey, Translate } from '../lib/i18n';
import type { Rights } from '../policy/rights';

/** What every page needs besides its own data: the language, the person and the request's path. */
export interface ViewContext {
  t: Translate;
  fmt: Formatters;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  path: string;
  /** The address people use to reach the platform, for absolute links (language alternates). */
  publicUrl: string;
  query: Record<string, string | undefined>;
  actor: ViewActor | null;
  csrfToken: string | null;
}

export interface ViewActor {
  name: string;
  entityAcronym: string | null;
  roles: string[];
  cochairYears: number[];
  /** Which of the workspace's links lead somewhere the person may go (src/http/navigation.ts decides). */
  navRights: Rights<NavRight>;
  /** Counts shown beside navigation links (by href), when counted for this page. */
  navCounts?: Record<string, number> | null;
}

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Shown only to signed-in people who have this right (any signed-in person if none). */
  right?: NavRight;
  /** What a count beside the link means, read by screen readers ("3 things wait for you"). */
  countLabel?: MessageKey;
}

/** The workspace's links that only some people may follow. */
export type NavRight = 'statementWorkspace' | 'reportWorkspace' | 'accounts' | 'audit' | 'jobs' | 'vocabularies' | 'groupSettings' | 'referenceData';
