import type { Formatters, Locale, MessageKey, Translate } from '../lib/i18n';

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
  /** Counts shown beside navigation links (by href), when counted for this page. */
  navCounts?: Record<string, number> | null;
}

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Shown only to signed-in people with one of these roles (any signed-in person if empty). */
  roles?: string[];
  /** What a count beside the link means, read by screen readers ("3 things wait for you"). */
  countLabel?: MessageKey;
}
