import type { Child } from '#jsx/jsx-runtime';
import type { SafeHtml } from '../../lib/html';
import { isLocale, supportedLocales, textDirection, type Locale } from '../../lib/i18n';
import type { ViewContext } from '../context';
import { SelectField } from './forms';

/** What a reader sees of a text that may exist in several languages (translations.service's ReaderText). */
export interface ReaderLanguages {
  wanted: Locale;
  language: Locale;
  translated: boolean;
  languages: Locale[];
  original: Locale;
}

/** The text as shown to a reader and, for members, its translations (translations.service's TextLanguages). */
export interface TextLanguagesData {
  reader: ReaderLanguages & { title: string; body: string };
  translations: { items: ListedTranslation[]; manageUrl: string } | null;
}

/** A translation of a text as the text's own page lists it (translations.service's TranslationSummary). */
export interface ListedTranslation {
  language: Locale;
  official: boolean;
  href: string;
}

/** Each language's name in itself, as language choosers write it: a reader finds their own. */
const endonyms: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', ru: 'Русский', zh: '中文' };

/** The language a reader asks a text in: ?lang= when it names one, else the page's language. */
export function wantedLanguage(ctx: ViewContext): Locale {
  return isLocale(ctx.query.lang) ? ctx.query.lang : ctx.locale;
}

/**
 * The text as shown, in an <article> that says its language and direction; above it, when the reader
 * asked for another language than the one shown (or the text is a translation), a notice in the
 * reader's language, and links to the languages the text exists in officially.
 */
export function TextInLanguage({ ctx, reader, path, children }: { ctx: ViewContext; reader: ReaderLanguages; path: string; children?: Child }): SafeHtml {
  const { t } = ctx;
  const notice = reader.translated
    ? t('text.notice.translated', { wanted: reader.language, original: reader.original })
    : reader.wanted !== reader.language
      ? t('text.notice.untranslated', { wanted: reader.wanted, original: reader.original })
      : null;
  return (
    <>
      {notice ? <p class="notice text-language-notice">{notice}</p> : null}
      {reader.languages.length > 1 ? (
        <p class="meta text-languages no-print">
          {t('text.readIn')}{' '}
          {reader.languages.map((language, index) => (
            <>
              {index > 0 ? ' · ' : ''}
              {language === reader.language ? (
                <strong lang={language}>{endonyms[language]}</strong>
              ) : (
                <a href={`${path}?lang=${language}`} lang={language} hreflang={language}>
                  {endonyms[language]}
                </a>
              )}
            </>
          ))}
        </p>
      ) : null}
      <article lang={reader.language} dir={textDirection(reader.language)}>
        {children}
      </article>
    </>
  );
}

/** The "Translations" section of a text's page in the workspace: each language, official or not, and where to manage them. */
export function TranslationsSection({ ctx, translations, manageUrl }: { ctx: ViewContext; translations: ListedTranslation[]; manageUrl: string | null }): SafeHtml {
  const { t } = ctx;
  return (
    <section aria-labelledby="translations-title" class="translations">
      <h2 id="translations-title">{t('translation.section.title')}</h2>
      {translations.length === 0 ? (
        <p>{t('translation.section.none')}</p>
      ) : (
        <ul>
          {translations.map((translation) => (
            <li>
              {manageUrl ? <a href={translation.href}>{t('text.language', { language: translation.language })}</a> : t('text.language', { language: translation.language })}
              {' · '}
              <span class={translation.official ? 'status status-official' : 'status status-unofficial'}>
                {translation.official ? t('translation.status.official') : t('translation.status.unofficial')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {manageUrl ? (
        <p class="actions no-print">
          <a href={manageUrl}>{t('translation.section.manage')}</a>
        </p>
      ) : null}
    </section>
  );
}

/** The page's heading: the title in the language the text is shown in. */
export function ShownTitle({ reader }: { reader: ReaderLanguages & { title: string } }): SafeHtml {
  return reader.translated ? (
    <h1 lang={reader.language} dir={textDirection(reader.language)}>
      {reader.title}
    </h1>
  ) : (
    <h1>{reader.title}</h1>
  );
}

/** The choice of the language a text is written in, on the forms that create or edit one. */
export function OriginalLanguageField({ ctx, selected, errors }: { ctx: ViewContext; selected: string; errors?: Record<string, string> }): SafeHtml {
  const options = supportedLocales.map((language) => ({ value: language, label: ctx.t('text.language', { language }) }));
  return <SelectField name="original_language" label={ctx.t('text.originalLanguage')} hint={ctx.t('text.originalLanguage.hint')} options={options} selected={selected || 'en'} errors={errors} />;
}
