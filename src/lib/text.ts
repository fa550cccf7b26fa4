/**
 * The one normalisation of text that comes from outside (forms, queries, API, imports):
 *
 * - control characters (C0 but tab, line feed and carriage return; DEL; C1) are refused: PostgreSQL
 *   refuses NUL, XML (feeds, sitemaps, Word and Excel files) refuses the others, and no keyboard types
 *   them, so their presence is a mistake or an attack that the person should hear about;
 * - what no one can type and nothing can store is stripped: lone surrogates, and the noncharacters
 *   U+FFFE and U+FFFF;
 * - line ends become "\n", and the line and paragraph separators U+2028/U+2029 (pasted from word
 *   processors) become line ends too, so that no script, JSON-in-JS or chart expression trips on them;
 * - text is put in Unicode normalisation form C, so that "é" typed two ways is the same "é"
 *   (secrets keep their exact code points: see `normaliseSecret`).
 */

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const unstorable = /[\uFFFE\uFFFF]/gu;
const lineBreaks = /\r\n?|\u2028|\u2029/gu;
// Without the u flag, so that the halves of a surrogate pair are seen one by one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function withoutUnstorable(text: string): string {
  return text.replace(loneSurrogate, '').replace(unstorable, '');
}

export type TextCheck = { ok: true; text: string } | { ok: false; problem: 'control_character'; codePoint: string; index: number };

/** "U+0000": how a message names a character that cannot be shown. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function findControlCharacter(text: string): TextCheck | null {
  const match = controlCharacter.exec(text);
  return match ? { ok: false, problem: 'control_character', codePoint: codePointName(match[0]), index: match.index } : null;
}

/** Normalises one text as described above, or says which character makes it unacceptable. */
export function normaliseText(text: string): TextCheck {
  const refused = findControlCharacter(text);
  if (refused) return refused;
  return { ok: true, text: withoutUnstorable(text).replace(lineBreaks, '\n').normalize('NFC') };
}

/** A password or code: control characters are refused like elsewhere, but nothing else is changed. */
export function normaliseSecret(text: string): TextCheck {
  return findControlCharacter(text) ?? { ok: true, text };
}

/** Text for a place where a line break or control character cannot stand (a chart label, a header): one line, visible characters. */
export function oneLine(text: string): string {
  return withoutUnstorable(text).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/gu, ' ');
}

/** Line and column (both from 1) of a position in a text, as editors show them. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}
