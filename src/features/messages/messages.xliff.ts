/**
 * The message catalogue as XLIFF, the exchange format of translation tools: version 2.0 (the default)
 * or 1.2 (which older tools still ask for). One unit per key: its id the key, its source the English
 * ICU message, its target the language's message when there is one. Reading takes either version back.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../../lib/errors';
import { localized } from '../../lib/i18n';

export const xliffVersions = ['2.0', '1.2'] as const;
export type XliffVersion = (typeof xliffVersions)[number];

export interface XliffUnit {
  id: string;
  source: string;
  /** Undefined when the unit has none, or says it is not translated yet (state initial, new, needs-translation). */
  target: string | undefined;
  /** Elements found inside the target (<ph/>, <pc>, <g>…): markup a tool put in place of the message's text. */
  targetElements: string[];
}

export interface XliffDocument {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  units: XliffUnit[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function writeXliff(document: Omit<XliffDocument, 'units'> & { units: Omit<XliffUnit, 'targetElements'>[] }): string {
  const { version, sourceLanguage: src, targetLanguage: trg } = document;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (version === '2.0') {
    lines.push(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(src)}" trgLang="${escapeXml(trg)}">`, '  <file id="icat-messages">');
    for (const unit of document.units) {
      lines.push(`    <unit id="${escapeXml(unit.id)}">`, `      <segment state="${unit.target === undefined ? 'initial' : 'translated'}">`, `        <source>${escapeXml(unit.source)}</source>`);
      if (unit.target !== undefined) lines.push(`        <target>${escapeXml(unit.target)}</target>`);
      lines.push('      </segment>', '    </unit>');
    }
    lines.push('  </file>', '</xliff>');
  } else {
    lines.push(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      `  <file original="icat-messages" datatype="plaintext" source-language="${escapeXml(src)}" target-language="${escapeXml(trg)}">`,
      '    <body>',
    );
    for (const unit of document.units) {
      lines.push(`      <trans-unit id="${escapeXml(unit.id)}">`, `        <source>${escapeXml(unit.source)}</source>`);
      lines.push(unit.target === undefined ? '        <target state="new"></target>' : `        <target state="translated">${escapeXml(unit.target)}</target>`);
      lines.push('      </trans-unit>');
    }
    lines.push('    </body>', '  </file>', '</xliff>');
  }
  return `${lines.join('\n')}\n`;
}

const untranslatedStates = new Set(['initial', 'new', 'needs-translation']);

/** Reads an XLIFF 2.0 or 1.2 file; a file that is not well-formed XLIFF is refused with where it went wrong. */
export function parseXliff(xml: string): XliffDocument {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let version: XliffVersion | null = null;
  let sourceLanguage = '';
  let targetLanguage = '';
  const units: XliffUnit[] = [];
  let unit: { id: string; source: string; target: string | undefined; untranslated: boolean; targetElements: string[] } | null = null;
  let inside: 'source' | 'target' | null = null;
  let nested = 0;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const attr = (key: string) => (typeof tag.attributes[key] === 'string' ? (tag.attributes[key] as string) : '');
    if (inside) {
      nested++;
      if (inside === 'target' && unit) unit.targetElements.push(`<${name}>`);
      return;
    }
    if (name === 'xliff') {
      const declared = attr('version');
      if (declared !== '2.0' && declared !== '1.2') throw new AppError('VALIDATION', localized('xliff.version', { version: declared }));
      version = declared;
      if (declared === '2.0') [sourceLanguage, targetLanguage] = [attr('srcLang'), attr('trgLang')];
    } else if (name === 'file' && version === '1.2') {
      [sourceLanguage, targetLanguage] = [attr('source-language'), attr('target-language')];
    } else if ((name === 'unit' && version === '2.0') || (name === 'trans-unit' && version === '1.2')) {
      unit = { id: attr('id'), source: '', target: undefined, untranslated: false, targetElements: [] };
    } else if (name === 'segment' && unit) {
      unit.untranslated = untranslatedStates.has(attr('state'));
    } else if ((name === 'source' || name === 'target') && unit) {
      inside = name;
      if (name === 'target') {
        unit.target = '';
        if (untranslatedStates.has(attr('state'))) unit.untranslated = true;
      }
    }
  });
  parser.on('text', (text) => {
    if (!unit || !inside) return;
    if (inside === 'source') unit.source += text;
    else unit.target += text;
  });
  parser.on('cdata', (text) => {
    if (unit && inside === 'target') unit.target += text;
    else if (unit && inside === 'source') unit.source += text;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (inside) {
      if (nested > 0) nested--;
      else inside = null;
      return;
    }
    if (unit && (name === 'unit' || name === 'trans-unit')) {
      units.push({ id: unit.id, source: unit.source, target: unit.untranslated || unit.target === '' ? undefined : unit.target, targetElements: unit.targetElements });
      unit = null;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', localized('xliff.notWellFormed', { error: error instanceof Error ? error.message : String(error) }));
  }
  if (!version) throw new AppError('VALIDATION', localized('xliff.notXliff'));
  return { version, sourceLanguage, targetLanguage, units };
}
