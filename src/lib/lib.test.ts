import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvChunks, parseCsv, toCsv } from './csv';
import { trustedHtml } from './html';
import { negotiateLocale, textDirection, translator, formatters } from './i18n';
import { calendarDay, isCalendarDay } from './validation';
import { jsx } from './jsx/jsx-runtime';

describe('the JSX runtime', () => {
  it('escapes text and attribute values and keeps trusted markup', () => {
    const html = jsx('p', { title: '"><script>', children: ['<b>bold</b>', trustedHtml('<em>ok</em>')] });
    expect(html.value).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;bold&lt;/b&gt;<em>ok</em></p>');
  });

  it('refuses an attribute name that could break out of the tag', () => {
    expect(() => jsx('p', { 'onclick="x"': 'y' })).toThrow('Invalid attribute name');
  });

  it('drops false and null attributes and renders true as a bare attribute', () => {
    expect(jsx('option', { selected: true, disabled: false, value: null, children: 'A' }).value).toBe('<option selected>A</option>');
  });
});

describe('CSV', () => {
  it('round-trips commas, quotes, line breaks and accents', () => {
    const csv = toCsv(['name', 'note'], [['Côte d’Ivoire', 'says "hi", then\nleaves']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['name', 'note'],
      ['Côte d’Ivoire', 'says "hi", then\nleaves'],
    ]);
  });

  it('keeps a cell that looks like a formula as text', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toCsv(['n'], [[-3]])).toContain('-3');
  });

  it('streams the same text in chunks, however the rows come in batches', async () => {
    const cell = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constantFrom('=1+1', '@x', '-2', 'a,b', 'say "hi"', 'line\nbreak'));
    const batches = fc.array(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 4 }), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(batches, async (input) => {
        async function* source() {
          yield* input;
        }
        const chunks: string[] = [];
        for await (const chunk of csvChunks(['a', 'b'], source())) chunks.push(chunk);
        expect(chunks.join('')).toBe(toCsv(['a', 'b'], input.flat()));
        expect(chunks.length).toBe(Math.max(1, input.filter((batch) => batch.length > 0).length));
      }),
    );
  });
});

describe('messages', () => {
  it('negotiates an available language and falls back to English', () => {
    expect(negotiateLocale(undefined, 'fr-CH, en;q=0.8')).toBe('fr');
    expect(negotiateLocale(undefined, 'xx-CH, en;q=0.8')).toBe('en');
    expect(negotiateLocale('xx', undefined)).toBe('en');
    expect(textDirection('ar')).toBe('rtl');
  });

  it('interpolates and pluralises', () => {
    const t = translator('en');
    expect(t('members.count', { count: 1 })).toBe('1 organization');
    expect(t('members.count', { count: 1200 })).toBe('1,200 organizations');
  });

  it('shows partial dates with the precision they have', () => {
    const fmt = formatters('en');
    expect(fmt.date('2012')).toBe('2012');
    expect(fmt.date('2012-01')).toBe('January 2012');
    expect(fmt.date('2021-11-15')).toBe('15 November 2021');
  });
});

import { markdownToPlainText, renderMarkdown, splitParagraphs } from './markdown';

describe('Markdown', () => {
  it('keeps formatting and removes anything that could run', () => {
    const html = renderMarkdown('# Title\n\n**bold** [link](https://example.org) <script>alert(1)</script> <img src=x onerror=alert(1)> [bad](javascript:alert(1))').value;
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">link</a>');
    expect(html).not.toMatch(/script|onerror|javascript:|<img/);
  });

  it('splits paragraphs and gives plain text', () => {
    expect(splitParagraphs('One.\n\n\nTwo\nlines.\r\n\r\nThree.')).toEqual(['One.', 'Two\nlines.', 'Three.']);
    expect(markdownToPlainText('**A** & [b](https://x.org)')).toBe('A & b');
  });
});

describe('calendar days', () => {
  it('accepts every day the calendar has and nothing else, whatever the month and year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const written = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const exists = new Date(Date.UTC(2000, month - 1, day)).getUTCDate() === day && (month !== 2 || day !== 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)));
        expect(isCalendarDay(written)).toBe(exists);
      }),
    );
    expect(calendarDay.safeParse('2022-02-30').success).toBe(false);
    expect(calendarDay.safeParse(' 2024-02-29 ').data).toBe('2024-02-29');
  });
});
