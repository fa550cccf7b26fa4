import type { Child } from '#jsx/jsx-runtime';
import type { SafeHtml } from '../lib/html';
import { assetUrl } from '../http/static';
import { groupIdentity } from '../lib/group';
import { availableLocales, languageNames, type Locale } from '../lib/i18n';
import type { NavItem, ViewContext } from './context';
import { CsrfField } from './components/forms';
import { publicNav, workspaceNav } from './nav';

interface LayoutProps {
  ctx: ViewContext;
  title: string;
  description: string;
  children?: Child;
}

function AccountNav({ ctx }: { ctx: ViewContext }): SafeHtml {
  const { t, actor } = ctx;
  if (!actor) {
    return (
      <div class="account-nav">
        <a href={`/login?next=${encodeURIComponent(ctx.path)}`}>{t('nav.signIn')}</a>
      </div>
    );
  }
  const items = workspaceNav.filter((item) => !item.right || actor.navRights[item.right]);
  return (
    <nav class="account-nav" aria-label={t('nav.workspace')}>
      <span>
        {actor.name}
        {actor.entityAcronym ? ` (${actor.entityAcronym})` : ''}
      </span>
      {items.map((item) => (
        <a href={item.href} aria-current={isCurrent(ctx, item.href) ? 'page' : undefined}>
          {t(item.label)}
          <NavCount ctx={ctx} item={item} />
        </a>
      ))}
      <form method="post" action="/logout">
        <CsrfField ctx={ctx} />
        <button type="submit" class="link-button">
          {t('nav.signOut')}
        </button>
      </form>
    </nav>
  );
}

function NavCount({ ctx, item }: { ctx: ViewContext; item: NavItem }): SafeHtml {
  const count = ctx.actor?.navCounts?.[item.href];
  if (!count || !item.countLabel) return <></>;
  return (
    <>
      {' '}
      <span class="count" aria-hidden="true">
        {ctx.fmt.number(count)}
      </span>
      <span class="visually-hidden">{` (${ctx.t(item.countLabel, { count })})`}</span>
    </>
  );
}

/** The same page in another language: the address with `lang` set, other parameters kept. */
export function pageInLanguage(ctx: ViewContext, locale: Locale): string {
  const query = new URLSearchParams(Object.entries(ctx.query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'lang'));
  query.set('lang', locale);
  return `${ctx.path}?${query}`;
}

/** Links that work without JavaScript; each language is named in itself and marked as such. */
function LanguageSwitcher({ ctx }: { ctx: ViewContext }): SafeHtml {
  const locales = availableLocales();
  if (locales.length < 2) return <></>;
  return (
    <nav class="language-switcher" aria-label={ctx.t('site.language')}>
      <ul>
        {locales.map((locale) => (
          <li>
            <a href={pageInLanguage(ctx, locale)} lang={locale} hreflang={locale} aria-current={locale === ctx.locale ? 'true' : undefined}>
              {languageNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageAlternates({ ctx }: { ctx: ViewContext }): SafeHtml {
  const locales = availableLocales();
  if (locales.length < 2) return <></>;
  return (
    <>
      {locales.map((locale) => (
        <link rel="alternate" hreflang={locale} href={`${ctx.publicUrl}${pageInLanguage(ctx, locale)}`} />
      ))}
      <link rel="alternate" hreflang="x-default" href={`${ctx.publicUrl}${ctx.path}`} />
    </>
  );
}

function isCurrent(ctx: ViewContext, href: string): boolean {
  return href === '/' ? ctx.path === '/' : ctx.path === href || ctx.path.startsWith(`${href}/`);
}

export function Layout({ ctx, title, description, children }: LayoutProps): SafeHtml {
  const { t } = ctx;
  // The group's names, logo and colours come from its settings (/admin/group), in the reader's language.
  const group = groupIdentity(ctx.locale);
  return (
    <html lang={ctx.locale} dir={ctx.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${group.shortName}`}</title>
        <meta name="description" content={description} />
        <LanguageAlternates ctx={ctx} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <link rel="stylesheet" href={`/group/brand.css?v=${group.version}`} />
        <script src={assetUrl('site.js')} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('site.skip')}
        </a>
        <header class="site-header">
          <a class="brand" href="/">
            {group.logoUrl ? <img class="brand-logo" src={group.logoUrl} alt="" /> : null}
            <span class="brand-short">{group.shortName}</span>
            <span class="brand-long">{group.fullName}</span>
          </a>
          {/* On a narrow screen the navigation folds into a menu that opens without JavaScript; on a wide one it is always shown. */}
          <details class="site-menu">
            <summary>{t('site.menu')}</summary>
            <div class="site-menu-body">
              <nav aria-label={t('site.nav')}>
                <ul class="nav-list">
                  {publicNav.map((item) => (
                    <li>
                      <a href={item.href} aria-current={isCurrent(ctx, item.href) ? 'page' : undefined}>
                        {t(item.label)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <AccountNav ctx={ctx} />
            </div>
          </details>
          <LanguageSwitcher ctx={ctx} />
        </header>
        <main id="main" tabindex="-1">
          {children}
        </main>
        <footer class="site-footer">
          <p>{t('site.footer')}</p>
          {group.contactEmail ? (
            <p>
              <a href={`mailto:${group.contactEmail}`}>{group.contactEmail}</a>
            </p>
          ) : null}
        </footer>
      </body>
    </html>
  );
}
