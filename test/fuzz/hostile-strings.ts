/**
 * Generated hostile text: control characters, every Unicode plane, lone surrogates, bidi controls,
 * overlong strings, markup, SQL and template syntax, path tricks, and mixtures of them. Markup
 * payloads carry the marker FZ, so that a page showing one live can be recognised (`liveMarkup`).
 */
import fc from 'fast-check';

const char = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));

const controlCharacters = fc.string({ unit: fc.oneof(char(0, 0x1f), char(0x7f, 0x9f)), minLength: 1, maxLength: 8 });
const anyPlane = fc.string({ unit: char(0, 0x10ffff).filter((text) => !/[\ud800-\udfff]/.test(text)), minLength: 1, maxLength: 24 });
const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 4 });
const bidiAndInvisible = fc.string({
  unit: fc.constantFrom(
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\u200b',
    '\u200d',
    '\ufeff',
    '\u2028',
    '\u2029',
    '\ufffe',
    '\uffff',
  ),
  minLength: 1,
  maxLength: 6,
});
const overlong = fc.tuple(fc.constantFrom('A', 'é', '😀', '<', '%00', ' '), fc.integer({ min: 1_000, max: 120_000 })).map(([unit, times]) => unit.repeat(times));

export const markupPayloads = [
  '<script>alert("FZ")</script>',
  '<img src=x onerror=alert("FZ")>',
  '"><svg onload=alert("FZ")>',
  "'><iframe src=javascript:alert('FZ')>",
  '<a href="javascript:alert(\'FZ\')">FZ</a>',
  '[FZ](javascript:alert("FZ"))',
  '<div style="background:url(javascript:alert(\'FZ\'))">FZ</div>',
  '</textarea><script>alert("FZ")</script>',
  '<!--<script>alert("FZ")</script>-->',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("FZ")>',
];
const markup = fc.constantFrom(...markupPayloads);
const sql = fc.constantFrom("' OR '1'='1", "'; DROP TABLE accounts; --", '1; SELECT pg_sleep(0)--', "\\'; select 1; --", '$$; select 1; $$', "E'\\x00'", '1 UNION SELECT null, version()--');
// biome-ignore lint/suspicious/noTemplateCurlyInString: template syntaxes of several engines, sent as hostile text on purpose
const templates = fc.constantFrom('{{7*7}}', '${7*7}', '<%= 7*7 %>', '#{7*7}', '{count}', '{{constructor.constructor("return 1")()}}', '%s%s%s%n', '{0}', '__proto__', 'constructor');
const paths = fc.constantFrom(
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '/etc/passwd%00.png',
  'file:///etc/passwd',
  '//evil.example/x',
  'CON',
  'NUL.txt',
  '.',
  '..',
  '/',
  '\\\\server\\share',
);
const numbersAndEdges = fc.constantFrom('', ' ', '0', '-1', '1e308', 'NaN', 'Infinity', '9'.repeat(40), '0x10', 'true', 'null', 'undefined', '[]', '{}', '2022-02-30', '9999-99-99T99:99');

const pieces = fc.oneof(controlCharacters, anyPlane, loneSurrogates, bidiAndInvisible, markup, sql, templates, paths, numbersAndEdges);

/** One hostile string: a single kind, a mixture of kinds, or an overlong one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: pieces },
  { weight: 4, arbitrary: fc.array(pieces, { minLength: 2, maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: overlong },
);

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

/** Why a tag is live script: an event handler, a javascript: address, a frame, or a script that alerts. */
function liveTag(name: string, attributes: string, after: string): string | null {
  if (/^(iframe|frame|object|embed)$/i.test(name)) return `<${name}>`;
  if (/^script$/i.test(name) && /^\s*alert\(/.test(after)) return '<script>alert(';
  for (const [, attribute = '', ...values] of attributes.matchAll(attributePattern)) {
    const value = (values.find((candidate) => candidate !== undefined) ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    if (/^on/i.test(attribute)) return `${attribute}=`;
    if (urlAttributes.has(attribute.toLowerCase()) && /^\s*javascript:/i.test(value)) return `${attribute}="javascript:…"`;
  }
  return null;
}

/** The live markup of a payload in a page, if there is any: escaped text, and values inside quoted attributes, do not count. */
export function liveMarkup(body: string): string | null {
  for (const match of body.matchAll(tagPattern)) {
    const reason = liveTag(match[1] ?? '', match[2] ?? '', body.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 20));
    if (reason) return `${reason} in ${body.slice(Math.max(0, (match.index ?? 0) - 60), (match.index ?? 0) + 160)}`;
  }
  return null;
}

/**
 * Percent-encodes like a browser, except that a lone surrogate is sent as the bytes it would have in
 * UTF-8 (ED A0 80…), which no valid UTF-8 holds: the server must cope with broken encodings too.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else out += encodeURIComponent(text[i] as string);
  }
  return out;
}
