/** The public site's machine-readable indexes: the Atom feed (RFC 4287) and the sitemap (sitemaps.org 0.9). */
import { currentGroup } from '../../lib/group';
import type { Locale } from '../../lib/i18n';
import { escapeHtml } from '../../lib/html';

const xml = (text: string) => escapeHtml(text);

export interface FeedEntry {
  /** A path on this site: /publications/slug. */
  path: string;
  title: string;
  summary: string;
  category: string;
  updated: Date;
}

export interface FeedMeta {
  publicUrl: string;
  title: string;
  subtitle: string;
  /** The newest entry's date, or a fixed moment when there is none. */
  updated: Date;
}

export function atomFeed(meta: FeedMeta, entries: FeedEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(`${meta.publicUrl}/feed.atom`)}</id>`,
    `  <title>${xml(meta.title)}</title>`,
    `  <subtitle>${xml(meta.subtitle)}</subtitle>`,
    `  <updated>${meta.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(`${meta.publicUrl}/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${meta.publicUrl}/`)}"/>`,
    `  <author><name>${xml(currentGroup().fullName)}</name></author>`,
  ];
  for (const entry of entries) {
    const url = `${meta.publicUrl}${entry.path}`;
    lines.push(
      '  <entry>',
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <category term="${xml(entry.category)}"/>`,
      entry.summary ? `    <summary>${xml(entry.summary)}</summary>` : '',
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.filter((line) => line !== '').join('\n');
}

export interface SitemapUrl {
  path: string;
  updated: Date | null;
}

/** Each page once, with its versions in every language the platform speaks as alternates. */
export function sitemapXml(publicUrl: string, urls: SitemapUrl[], locales: readonly Locale[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const url of urls) {
    const page = `${publicUrl}${url.path}`;
    const alternates = locales.length < 2 ? [] : locales.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${xml(`${page}${page.includes('?') ? '&' : '?'}lang=${locale}`)}"/>`);
    lines.push(`  <url><loc>${xml(page)}</loc>${url.updated ? `<lastmod>${url.updated.toISOString().slice(0, 10)}</lastmod>` : ''}${alternates.join('')}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
