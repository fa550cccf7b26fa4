/**
 * A group's logo: a PNG, or an SVG that can do nothing but draw. An SVG is refused when it holds a
 * script or embedded content, an event handler, a link to another file (href, url(), @import) or a
 * document type declaration (entities); what remains is written out again from the parsed elements,
 * without comments, processing instructions or elements of other vocabularies (editor metadata).
 * The logo is also served with a CSP that forbids everything, so even a missed trick could not run.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from './errors';
import { localized } from './i18n';
import { escapeHtml } from './html';

export const maxLogoBytes = 512 * 1024;

export interface CheckedLogo {
  bytes: Buffer;
  mimeType: 'image/svg+xml' | 'image/png';
}

const svgNamespace = 'http://www.w3.org/2000/svg';
const xlinkNamespace = 'http://www.w3.org/1999/xlink';

/** Elements that run code or pull other documents in: refused outright. */
const forbiddenElements = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'audio',
  'video',
  'image',
  'feimage',
  'a',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
]);

function refuse(name: string, problem: string): never {
  throw new AppError('VALIDATION', localized('groupSettings.error.svgUnsafe', { name, problem }), {
    fields: [{ field: 'logo', message: localized('groupSettings.error.svgUnsafe', { name, problem }) }],
  });
}

/** A reference to something outside this image: anything but "#id". */
function externalReference(value: string): string | null {
  const references = [...value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].map((match) => match[2]!.trim());
  if (/@import/i.test(value)) return '@import';
  return references.find((reference) => !reference.startsWith('#')) ?? null;
}

/** Checks an SVG and writes it out again from what was parsed; throws VALIDATION naming the problem. */
export function sanitizeSvg(text: string, name: string): string {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) refuse(name, localized('groupSettings.svg.doctype'));
  const parser = new SaxesParser({ xmlns: true });
  let out = '';
  let skipping = 0;
  let root: string | null = null;
  let failed: Error | null = null;
  parser.on('error', (error) => {
    failed ??= error;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    root ??= `${tag.uri}|${tag.local}`;
    const local = tag.local.toLowerCase();
    if (forbiddenElements.has(local)) refuse(name, localized('groupSettings.svg.script', { element: tag.local }));
    for (const attribute of Object.values(tag.attributes)) {
      const attributeName = attribute.local.toLowerCase();
      if (attributeName.startsWith('on')) refuse(name, localized('groupSettings.svg.handler', { attribute: attribute.name }));
      if (attributeName === 'href' && !attribute.value.trim().startsWith('#')) refuse(name, localized('groupSettings.svg.reference', { reference: attribute.value.slice(0, 80) }));
      const reference = externalReference(attribute.value);
      if (reference !== null) refuse(name, localized('groupSettings.svg.reference', { reference: reference.slice(0, 80) }));
    }
    if (skipping > 0 || tag.uri !== svgNamespace) {
      skipping++;
      return;
    }
    const attributes = Object.values(tag.attributes)
      .filter((attribute) => attribute.uri === '' || attribute.uri === xlinkNamespace)
      .map((attribute) => ` ${attribute.uri === xlinkNamespace ? `xlink:${attribute.local}` : attribute.local}="${escapeHtml(attribute.value)}"`)
      .join('');
    const declarations = out === '' ? ` xmlns="${svgNamespace}" xmlns:xlink="${xlinkNamespace}"` : '';
    out += `<${tag.local}${declarations}${attributes}>`;
  });
  parser.on('text', (chunk) => {
    // A <style> element's rules may reach out as well: url(https://…), @import.
    const reference = externalReference(chunk);
    if (reference !== null) refuse(name, localized('groupSettings.svg.reference', { reference: reference.slice(0, 80) }));
    if (skipping === 0 && out !== '') out += escapeHtml(chunk);
  });
  parser.on('cdata', (chunk) => {
    const reference = externalReference(chunk);
    if (reference !== null) refuse(name, localized('groupSettings.svg.reference', { reference: reference.slice(0, 80) }));
    if (skipping === 0 && out !== '') out += escapeHtml(chunk);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (skipping > 0) {
      skipping--;
      return;
    }
    out += `</${tag.local}>`;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    failed ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failed || root !== `${svgNamespace}|svg` || out === '') {
    const message = localized('groupSettings.error.svgInvalid', { name });
    throw new AppError('VALIDATION', message, { fields: [{ field: 'logo', message }] });
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG by its bytes, or an SVG by its text (then sanitized); anything else, or too large, is refused. */
export function checkLogo(bytes: Buffer, fileName: string): CheckedLogo {
  const name = fileName.split(/[/\\]/).pop()?.slice(0, 120) || 'logo';
  const field = (message: string, code: 'VALIDATION' = 'VALIDATION') => new AppError(code, message, { fields: [{ field: 'logo', message }] });
  if (bytes.length > maxLogoBytes) throw field(localized('groupSettings.error.logoSize', { name, size: maxLogoBytes / 1024 }));
  if (bytes.length >= pngSignature.length && pngSignature.every((byte, index) => bytes[index] === byte)) return { bytes, mimeType: 'image/png' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw field(localized('groupSettings.error.logoType', { name }));
  }
  if (!/<svg[\s>]/i.test(text)) throw field(localized('groupSettings.error.logoType', { name }));
  return { bytes: Buffer.from(sanitizeSvg(text, name), 'utf8'), mimeType: 'image/svg+xml' };
}
