/**
 * The group the platform serves, as pages, files and mail name it: its short and full name, its
 * texts, its words for the principal-level meeting, its logo and colours. The settings live in the
 * database (the group-settings feature loads them at start and after each change); this module only
 * keeps what was loaded, so a layout, a feed or a file name can read it without a query.
 *
 * Texts are kept per language and read in the reader's language, falling back to English.
 */
import { currentLocale, translator, type Locale } from './i18n';
import type { OptionalSection } from './report-sections';
import { noteShownStateChanged } from './shown-state';

export type MeetingLevelName = 'principal' | 'working' | 'group';

/** A text in several languages: English always, others where written. */
export type TextByLanguage = Partial<Record<Locale, string>> & { en?: string };

export interface GroupIdentityData {
  /** Whether the settings come from the database (false: a fresh install not yet initialised). */
  configured: boolean;
  shortName: string;
  fullName: TextByLanguage;
  description: TextByLanguage;
  homeText: TextByLanguage;
  aboutText: TextByLanguage;
  principals: TextByLanguage;
  principalsMeeting: TextByLanguage;
  /** Empty: the group has no advisory role. */
  advisors: TextByLanguage;
  decisionPrefixes: Record<MeetingLevelName, string>;
  contactEmail: string | null;
  logo: { storedName: string; mimeType: string; version: number } | null;
  colours: { primary: string; accent: string };
  /** The names of the report's optional sections, per language (a section not named: none in the report). */
  reportSections: Partial<Record<OptionalSection, TextByLanguage>>;
  version: number;
}

/** The group as one language reads it. */
export interface GroupIdentity {
  configured: boolean;
  shortName: string;
  fullName: string;
  description: string;
  homeText: string;
  aboutText: string;
  principals: string;
  principalsMeeting: string;
  advisors: string;
  decisionPrefixes: Record<MeetingLevelName, string>;
  contactEmail: string | null;
  /** Where the logo is served, or null when the group has none. */
  logoUrl: string | null;
  colours: { primary: string; accent: string };
  version: number;
}

/** The platform's own colours: what a group that chose none shows. */
export const defaultColours = { primary: '#0f3d66', accent: '#1a5e9a' } as const;

export const defaultDecisionPrefixes: Record<MeetingLevelName, string> = { principal: 'PLM', working: 'WLM', group: 'GLM' };

let current: GroupIdentityData | null = null;

/** Replaces what the pages read (the group-settings feature calls it after reading or saving). */
export function setGroupIdentity(data: GroupIdentityData): void {
  current = structuredClone(data);
  noteShownStateChanged();
}

/** What was loaded, in every language (null before anything was loaded). */
export function groupIdentityData(): GroupIdentityData | null {
  return current ? structuredClone(current) : null;
}

/** A text in a language, else in English, else empty. */
export function textIn(text: TextByLanguage, locale: Locale): string {
  const own = text[locale]?.trim();
  if (own) return own;
  return text.en?.trim() ?? '';
}

const neutral: Readonly<GroupIdentityData> = {
  configured: false,
  shortName: '',
  fullName: {},
  description: {},
  homeText: {},
  aboutText: {},
  principals: {},
  principalsMeeting: {},
  advisors: {},
  decisionPrefixes: defaultDecisionPrefixes,
  contactEmail: null,
  logo: null,
  colours: defaultColours,
  reportSections: {},
  version: 0,
};

/** What an install not yet set up for a group holds: no names, no texts, the platform's colours. */
export function neutralGroupIdentity(): GroupIdentityData {
  return structuredClone(neutral) as GroupIdentityData;
}

/**
 * The group as a language reads it: each text in that language, else in English, else (an install
 * not yet set up, or a text left empty) the catalogue's neutral words, never another group's.
 */
export function groupIdentity(locale: Locale): GroupIdentity {
  const data = current ?? neutral;
  const t = translator(locale);
  const or = (text: TextByLanguage, fallback: () => string) => textIn(text, locale) || fallback();
  return {
    configured: data.configured,
    shortName: data.shortName.trim() || t('groupSettings.neutral.shortName'),
    fullName: or(data.fullName, () => t('groupSettings.neutral.fullName')),
    description: or(data.description, () => t('groupSettings.neutral.description')),
    homeText: or(data.homeText, () => t('groupSettings.neutral.homeText')),
    aboutText: or(data.aboutText, () => or(data.homeText, () => t('groupSettings.neutral.homeText'))),
    principals: or(data.principals, () => t('groupSettings.neutral.principals')),
    principalsMeeting: or(data.principalsMeeting, () => t('groupSettings.neutral.principalsMeeting')),
    // A configured group may have no advisory role: then the word is empty.
    advisors: data.configured ? textIn(data.advisors, locale) : t('groupSettings.neutral.advisors'),
    decisionPrefixes: { ...data.decisionPrefixes },
    contactEmail: data.contactEmail,
    logoUrl: data.logo ? `/group/logo?v=${data.logo.version}` : null,
    colours: { ...data.colours },
    version: data.version,
  };
}

/** The group as the reader of the work under way reads it (the request's, the mail's, the command's language). */
export function currentGroup(): GroupIdentity {
  return groupIdentity(currentLocale());
}

/**
 * The short name as it starts a file name: lower case letters, digits and hyphens
 * ("NCG" -> "ncg", "Groupe Nord" -> "groupe-nord"); "group" when nothing is left.
 */
export function groupSlug(shortName = groupIdentity('en').shortName): string {
  const slug = shortName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug || 'group';
}

// Contrast (WCAG 2.x): the relative luminance of each colour, and the ratio of the lighter to the darker.

/** The dark text the platform writes with. */
export const darkText = '#1b1f24';
export const whiteText = '#ffffff';

export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value);
}

function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text. */
export const minimumContrast = 4.5;

/** The text colour that reads best on a background, with its contrast. */
export function bestTextOn(background: string): { text: string; ratio: number } {
  const white = contrastRatio(whiteText, background);
  const dark = contrastRatio(darkText, background);
  return white >= dark ? { text: whiteText, ratio: white } : { text: darkText, ratio: dark };
}

/** Contrast shown as people read it: rounded down to two decimals, so 4.499 never reads 4.5. */
export function shownRatio(ratio: number): number {
  return Math.floor(ratio * 100) / 100;
}

/**
 * The stylesheet that gives the pages the group's colours: the header is the primary colour with the
 * text that reads best on it, links and buttons the accent (written on white).
 */
export function brandStylesheet(colours: { primary: string; accent: string } = (current ?? neutral).colours): string {
  const header = bestTextOn(colours.primary);
  return [
    "/* The group's colours, from its settings (/admin/group). */",
    ':root {',
    `  --accent: ${colours.accent};`,
    `  --brand-primary: ${colours.primary};`,
    `  --brand-on-primary: ${header.text};`,
    '}',
    '.site-header { background: var(--brand-primary); color: var(--brand-on-primary); }',
    '.site-header a { color: var(--brand-on-primary); }',
    '',
  ].join('\n');
}
