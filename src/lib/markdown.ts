/**
 * Markdown written by people (narratives, minutes, statements, posts) to safe HTML: marked renders,
 * sanitize-html keeps only an allowlist (no scripts, no styles, no event handlers, safe links).
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { trustedHtml, type SafeHtml } from './html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'del',
    'blockquote',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'sup',
    'sub',
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['scope'], td: [], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
    h1: 'h2',
  },
};

/** Renders Markdown to sanitized HTML, ready to put on a page. */
export function renderMarkdown(text: string): SafeHtml {
  return trustedHtml(markdownToSafeHtmlString(text));
}

export function markdownToSafeHtmlString(text: string): string {
  const html = marked.parse(text ?? '') as string;
  return sanitizeHtml(html, { ...allowed, allowedAttributes: { ...allowed.allowedAttributes, a: ['href', 'title', 'rel'] } });
}

/** The paragraphs of a Markdown text (blocks separated by blank lines), for anchoring comments and diffs. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

/** Plain text of Markdown, for search indexes and text alternatives. */
export function markdownToPlainText(text: string): string {
  return sanitizeHtml(marked.parse(text ?? '') as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
