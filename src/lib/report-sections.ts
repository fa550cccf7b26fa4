/**
 * Report sections that tell a group's own story, and so exist only when the group names them. The
 * "crises" section (how the working groups responded to crises and conflicts, with their posts) is
 * one: a group that names it gets a section of that name, in each language it names it in (English
 * where a language has no name of its own); a group that names none gets no such section and no
 * heading. The group's settings set the names when they load, as they set the group's words.
 */
import type { Locale } from './i18n';
import { noteShownStateChanged } from './shown-state';

/** The optional sections a group may name (today one). */
export const optionalSections = ['crises'] as const;
export type OptionalSection = (typeof optionalSections)[number];

const titles = new Map<OptionalSection, Partial<Record<Locale, string>>>();

/** Replaces the names of the optional sections (a section left out, or named by blanks only, is dropped). */
export function setOptionalSectionTitles(names: Partial<Record<OptionalSection, Partial<Record<Locale, string>>>>): void {
  titles.clear();
  for (const [section, byLocale] of Object.entries(names) as [OptionalSection, Partial<Record<Locale, string>>][]) {
    const named = Object.fromEntries(
      Object.entries(byLocale ?? {})
        .filter(([, title]) => typeof title === 'string' && title.trim() !== '')
        .map(([locale, title]) => [locale, title!.trim()]),
    );
    if (Object.keys(named).length > 0) titles.set(section, named);
  }
  noteShownStateChanged();
}

/** The section's title in a language, or null when the group has no such section. */
export function optionalSectionTitle(section: OptionalSection, locale: Locale): string | null {
  const byLocale = titles.get(section);
  if (!byLocale) return null;
  return byLocale[locale] ?? byLocale.en ?? Object.values(byLocale)[0] ?? null;
}
