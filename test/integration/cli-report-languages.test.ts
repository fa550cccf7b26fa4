/**
 * The annual report in another language, end to end on the seeded demo data: `icat report 2022
 * --lang fr` and `--lang ar` as an operator runs them, the PDF read back with pdftotext, the Word
 * document unzipped, the figures' SVG read from the HTML; and the catalogue's XLIFF round trip
 * through `icat messages export` and `icat messages import`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator, type Locale, type MessageKey } from '../../src/lib/i18n';
import { icatCommand } from '../support/cli';
import { pdfPages, requirePdftotext, zipText } from '../support/documents';
import { makeTempDir } from '../support/test-database';

/** The headings every report has, whatever its data. */
const headingKeys: MessageKey[] = ['report.contents', 'report.section.foreword', 'report.section.glance', 'report.section.members', 'report.annex.figures'];

function headings(locale: Locale): string[] {
  const t = translator(locale);
  return headingKeys.map((key) => t(key));
}

/**
 * What pdftotext gives, on one line: Arabic comes out in visual order, so words are compared one by
 * one; it also writes the lam-alef ligature's two letters in either order ("األعضاء" for "الأعضاء"),
 * so both sides are compared without lams and alefs.
 */
function pdfText(path: string): string {
  return withoutLamsAndAlefs(pdfPages(readFileSync(path)).join('\n').replace(/\s+/g, ' '));
}

function withoutLamsAndAlefs(text: string): string {
  return text.replace(/[لاأإآ]/g, '');
}

describe('the annual report in French and Arabic, and the catalogue for translators', { timeout: 300_000 }, () => {
  const dir = makeTempDir('icat-report-languages-');
  const env = { ICAT_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', ICAT_SEED: 'false' };
  const out = join(dir, 'out');
  const written = new Map<string, string[]>();

  async function report(locale: Locale, formats: string): Promise<string[]> {
    const result = await icatCommand(['report', '2022', '--lang', locale, '--format', formats, '--out', out], env);
    expect(result.stderr).toContain('The 2022 report in');
    expect(result.code).toBe(0);
    return result.stdout.trim().split('\n');
  }

  beforeAll(async () => {
    requirePdftotext();
    expect((await icatCommand(['migrate'], env)).code).toBe(0);
    expect((await icatCommand(['seed'], env)).code).toBe(0);
    written.set('fr', await report('fr', 'pdf'));
    written.set('ar', await report('ar', 'html,pdf,docx'));
  }, 300_000);

  it('names the files by language, beside the English ones', () => {
    expect(written.get('fr')?.some((path) => path.endsWith('icat-annual-report-2022-fr.pdf'))).toBe(true);
    expect(written.get('ar')?.filter((path) => /icat-annual-report-2022-ar\.(html|pdf|docx)$/.test(path))).toHaveLength(3);
    expect(written.get('ar')?.some((path) => /icat-annual-report-2022-ar-figure-[a-z-]+\.csv$/.test(path))).toBe(true);
  });

  it.each(['fr', 'ar'] as const)('prints the %s report with its headings in that language', (locale) => {
    const text = pdfText(join(out, `icat-annual-report-2022-${locale}.pdf`));
    for (const heading of headings(locale)) for (const word of heading.split(/\s+/)) expect(text).toContain(withoutLamsAndAlefs(word));
  });

  it.each(['fr', 'ar'] as const)('gives the %s report headings of its own, not the English ones', (locale) => {
    const english = headings('en');
    expect(headings(locale).filter((heading, index) => heading === english[index])).toEqual([]);
  });

  it('writes the Arabic report right to left: the page, the narrative note, the Word document and the figures', () => {
    const html = readFileSync(join(out, 'icat-annual-report-2022-ar.html'), 'utf8');
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    // The sample narratives are in English: shown in their own direction, after a note in Arabic.
    expect(html).toContain(translator('ar')('report.narrative.originalOnly', { language: 'en' }));
    expect(html).toContain('<div class="narrative" lang="en" dir="ltr">');

    const document = zipText(readFileSync(join(out, 'icat-annual-report-2022-ar.docx')), 'word/document.xml');
    const paragraphs = document.match(/<w:p>|<w:p [^>]*>/g) ?? [];
    const bidi = document.match(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:bidi\/>/g) ?? [];
    expect(bidi.length).toBeGreaterThan(paragraphs.length / 2);
    const tables = document.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    expect(document.match(/<w:tblPr>(?:(?!<\/w:tblPr>).)*<w:bidiVisual\/>/g)).toHaveLength(tables.length);

    // Horizontal bar charts: the category (Y) axis is drawn at the chart's right edge, not at 0.
    // A vertical axis starts at the top of its chart (y 0.5); the X axes sit at the bottom.
    const axes = [...html.matchAll(/class="mark-group role-axis"[^>]*><g transform="translate\(([\d.]+),0\.5\)"/g)].map((match) => Number(match[1]));
    expect(axes.length).toBeGreaterThan(3);
    for (const x of axes) expect(x).toBeGreaterThan(200);
  });

  it('takes a translator’s XLIFF back: the French report shows the change; a broken file changes nothing', async () => {
    const file = join(dir, 'fr.xlf');
    const exported = await icatCommand(['messages', 'export', '--lang', 'fr', '--format', 'xliff12', file], env);
    expect(exported.code).toBe(0);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain('<trans-unit id="report.contents">');
    const edited = xml.replace(/(<trans-unit id="report\.contents">\s*<source>[^<]*<\/source>\s*)<target[^>]*>[^<]*<\/target>/, '$1<target state="translated">Sommaire du rapport</target>');
    expect(edited).not.toBe(xml);
    writeFileSync(file, edited);
    const imported = await icatCommand(['messages', 'import', file], env);
    expect(imported.stderr).toContain('1 message imported for French');
    expect(imported.code).toBe(0);

    const broken = join(dir, 'broken.xlf');
    writeFileSync(broken, edited.replace('Sommaire du rapport', 'Sommaire {oops}').replace('<trans-unit id="report.title">', '<trans-unit id="report.nosuchkey">'));
    const refused = await icatCommand(['messages', 'import', broken], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Nothing was imported: 2 units have problems.');
    expect(refused.stderr).toContain('report.contents: the placeholders differ from the English: none expected, oops found');
    expect(refused.stderr).toContain('report.nosuchkey: no message of the catalogue has this id');

    const html = await icatCommand(['report', '2022', '--lang', 'fr', '--format', 'html', '--out', out], env);
    expect(html.code).toBe(0);
    expect(readFileSync(join(out, 'icat-annual-report-2022-fr.html'), 'utf8')).toContain('<h2 id="report-contents-title">Sommaire du rapport</h2>');
  });
});
