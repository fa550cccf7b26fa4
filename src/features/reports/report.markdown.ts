/**
 * The co-chairs' Markdown as report blocks, so that every renderer (HTML, DOCX) draws narrative text
 * with the same elements as compiled text. Raw HTML in the Markdown is dropped (its text is kept),
 * images are left out, and only web and mail links survive, as in the site's Markdown sanitizer.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { isSafeHref, type Block, type Inline } from './report.model';

const lexer = new Marked({ gfm: true, breaks: false, async: false });

type Style = { strong?: boolean; em?: boolean; href?: string };

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => entities[entity] ?? entity);
}

function run(text: string, style: Style): Inline {
  if (!style.strong && !style.em && !style.href) return text;
  return { text, ...(style.strong ? { strong: true } : {}), ...(style.em ? { em: true } : {}), ...(style.href ? { href: style.href } : {}) };
}

function inlines(tokens: Token[] | undefined, style: Style = {}): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...inlines((token as Tokens.Strong).tokens, { ...style, strong: true }));
        break;
      case 'em':
        out.push(...inlines((token as Tokens.Em).tokens, { ...style, em: true }));
        break;
      case 'del':
        out.push(...inlines((token as Tokens.Del).tokens, style));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        out.push(...inlines(link.tokens, isSafeHref(link.href) ? { ...style, href: link.href } : style));
        break;
      }
      case 'br':
        out.push(run('\n', style));
        break;
      case 'html':
      case 'image':
        break;
      case 'codespan':
      case 'escape':
        out.push(run(decode((token as Tokens.Codespan).text), style));
        break;
      default: {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) out.push(...inlines(text.tokens, style));
        else if (typeof text.text === 'string') out.push(run(decode(text.text), style));
      }
    }
  }
  return mergeRuns(out);
}

/** Adjacent plain runs become one, so the same text gives the same runs however Markdown split it. */
function mergeRuns(parts: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (typeof part === 'string' && typeof last === 'string') merged[merged.length - 1] = last + part;
    else if (part !== '') merged.push(part);
  }
  return merged;
}

function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push({ kind: 'heading', content: inlines((token as Tokens.Heading).tokens) });
        break;
      case 'paragraph':
        out.push({ kind: 'paragraph', content: inlines((token as Tokens.Paragraph).tokens) });
        break;
      case 'list': {
        const list = token as Tokens.List;
        out.push({
          kind: 'list',
          ordered: list.ordered,
          items: list.items.map((item) => mergeRuns(item.tokens.flatMap((child) => (child.type === 'list' ? [] : inlines([child]))))),
        });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        out.push({
          kind: 'table',
          caption: '',
          columns: table.header.map((cell) => decode(cell.text)),
          rows: table.rows.map((row) => row.map((cell) => decode(cell.text))),
        });
        break;
      }
      case 'blockquote':
        out.push(...blocks((token as Tokens.Blockquote).tokens));
        break;
      case 'code':
        out.push({ kind: 'paragraph', content: [(token as Tokens.Code).text] });
        break;
      default:
        break;
    }
  }
  return out.filter((block) => block.kind !== 'paragraph' || block.content.length > 0);
}

/** The blocks of a Markdown text. */
export function markdownBlocks(markdown: string): Block[] {
  return blocks(lexer.lexer(markdown ?? ''));
}
