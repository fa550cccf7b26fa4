/**
 * XLIFF 2.0 for one text: a unit for the title and one for each paragraph of the original, with empty
 * targets for a translator's tool to fill; and the checks a filled file must pass before its targets
 * become a version of the translation: the same units, the same source, and in each target the same
 * markup as in its source (Markdown links and emphasis, code, placeholders).
 */
import { SaxesParser } from 'saxes';
import { AppError } from '../../lib/errors';
import { isLocale, localized, type Locale } from '../../lib/i18n';
import { splitParagraphs } from '../../lib/markdown';

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffUnit {
  id: string;
  source: string;
  target: string;
}

export interface XliffDocument {
  srcLang: Locale;
  trgLang: Locale;
  /** "kind/ref" of the text, as the file was made for it. */
  original: string;
  units: XliffUnit[];
}

/** The units of a text: its title, then its paragraphs p1, p2, … */
export function unitsOf(title: string, body: string): { id: string; source: string }[] {
  return [{ id: 'title', source: title }, ...splitParagraphs(body).map((paragraph, index) => ({ id: `p${index + 1}`, source: paragraph }))];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildXliff(document: XliffDocument): string {
  const units = document.units.map(
    (unit) =>
      `    <unit id="${escapeXml(unit.id)}">\n      <segment>\n        <source xml:space="preserve">${escapeXml(unit.source)}</source>\n        <target xml:space="preserve">${escapeXml(unit.target)}</target>\n      </segment>\n    </unit>\n`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${xliffNamespace}" version="2.0" srcLang="${document.srcLang}" trgLang="${document.trgLang}">\n` +
    `  <file id="f1" original="${escapeXml(document.original)}">\n${units.join('')}  </file>\n</xliff>\n`
  );
}

function invalid(message: string): AppError {
  return new AppError('IMPORT_INVALID', message);
}

/** Reads an XLIFF 2.0 file of one text; a file that is not one is refused with what is wrong. */
export function parseXliff(text: string): XliffDocument {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const units: XliffUnit[] = [];
  let root: { srcLang: string; trgLang: string } | null = null;
  let original: string | null = null;
  let unit: XliffUnit | null = null;
  let inside: 'source' | 'target' | null = null;
  let failure: AppError | null = null;
  const fail = (message: string) => {
    failure ??= invalid(message);
  };
  parser.on('error', (error) => fail(localized('xliff.notWellFormed', { error: error.message })));
  parser.on('opentag', (tag) => {
    const attribute = (name: string) => tag.attributes[name]?.value ?? '';
    if (tag.uri !== xliffNamespace) return fail(localized('xliff.text.foreignElement', { element: tag.name, namespace: xliffNamespace }));
    if (inside) return fail(localized('xliff.text.markupInside', { unit: unit?.id ?? '?', part: inside, element: tag.local }));
    if (tag.local === 'xliff') root = { srcLang: attribute('srcLang'), trgLang: attribute('trgLang') };
    else if (tag.local === 'file') original = attribute('original');
    else if (tag.local === 'unit') {
      unit = { id: attribute('id'), source: '', target: '' };
      if (units.some((other) => other.id === unit?.id)) fail(localized('xliff.text.duplicate', { unit: unit.id }));
      units.push(unit);
    } else if (tag.local === 'source' || tag.local === 'target') inside = tag.local;
  });
  parser.on('text', (chunk) => {
    if (unit && inside) unit[inside] += chunk;
  });
  parser.on('closetag', (tag) => {
    if (tag.local === 'source' || tag.local === 'target') inside = null;
    if (tag.local === 'unit') unit = null;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    fail(localized('xliff.notWellFormed', { error: error instanceof Error ? error.message : String(error) }));
  }
  if (failure) throw failure;
  const head = root as { srcLang: string; trgLang: string } | null;
  if (!head) throw invalid(localized('xliff.text.notXliff'));
  if (!isLocale(head.srcLang) || !isLocale(head.trgLang)) throw invalid(localized('xliff.text.languages', { source: head.srcLang, target: head.trgLang }));
  if (!original) throw invalid(localized('xliff.text.noOriginal'));
  return { srcLang: head.srcLang, trgLang: head.trgLang, original, units: units.map((item) => ({ ...item, source: item.source.trim(), target: item.target.trim() })) };
}

/**
 * The markup of a Markdown text that a translation must keep, sorted: link targets, the brackets of
 * links, emphasis and code markers, and placeholders ({name}, {{name}}, %s). The words around them may change.
 */
export function markupOf(text: string): string[] {
  const tokens: string[] = [];
  let rest = text.replace(/\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g, (_link, target: string) => {
    tokens.push(`](${target})`);
    return ' ';
  });
  rest = rest.replace(/\{\{\s*[\w.]+\s*\}\}|\{[\w.]+\}|%(\d+\$)?[sd]/g, (placeholder) => {
    tokens.push(placeholder.replace(/\s+/g, ''));
    return ' ';
  });
  for (const marker of rest.match(/\*\*|__|\*|`|\[|\]/g) ?? []) tokens.push(marker);
  for (const marker of rest.match(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu) ?? []) tokens.push(marker);
  return tokens.sort();
}

/**
 * Checks a filled file against the text it was made from: every problem, each naming its unit.
 * Returns the translated title and body when there is none.
 */
export function translatedText(expected: { id: string; source: string }[], document: XliffDocument): { title: string; body: string } {
  const problems: string[] = [];
  const found = new Map(document.units.map((unit) => [unit.id, unit]));
  for (const unit of document.units) {
    if (!expected.some((wanted) => wanted.id === unit.id)) problems.push(localized('xliff.text.unknownUnit', { unit: unit.id, units: expected.map((wanted) => wanted.id).join(', ') }));
  }
  for (const wanted of expected) {
    const unit = found.get(wanted.id);
    if (!unit) {
      problems.push(localized('xliff.text.missingUnit', { unit: wanted.id }));
      continue;
    }
    if (unit.source !== wanted.source) problems.push(localized('xliff.text.sourceChanged', { unit: wanted.id }));
    else if (unit.target === '') problems.push(localized('xliff.text.emptyTarget', { unit: wanted.id }));
    else {
      const source = markupOf(wanted.source);
      const target = markupOf(unit.target);
      if (source.join('\u0000') !== target.join('\u0000')) {
        const none = localized('messages.problem.none');
        problems.push(localized('xliff.text.markup', { unit: wanted.id, target: target.join(' ') || none, source: source.join(' ') || none }));
      }
    }
  }
  if (problems.length > 0) throw new AppError('IMPORT_INVALID', localized('xliff.text.refused', { problems: problems.join('\n') }), { problems });
  const [title, ...paragraphs] = expected.map((wanted) => found.get(wanted.id)?.target ?? '');
  return { title: title ?? '', body: paragraphs.join('\n\n') };
}
