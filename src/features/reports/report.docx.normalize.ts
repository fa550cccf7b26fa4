/**
 * The same model gives the same Word file: what the docx package makes differently each time is
 * rewritten from the model, and every zip entry is dated at the data moment.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The day and time of a moment in UTC, as zip entries (which have no time zone) should carry it. */
function zipDate(moment: Date): Date {
  return new Date(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate(), moment.getUTCHours(), moment.getUTCMinutes(), moment.getUTCSeconds());
}

/**
 * Rewrites what the docx package makes differently each time: random relationship ids, process-wide
 * counters of bookmarks and drawings, the clock in the core properties and the zip entries' dates.
 */
export function normalizeDocx(data: Uint8Array, moment: Date): Buffer {
  const files = unzipSync(data);
  const relationshipIds = new Map<string, string>();
  const rewritten: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  const mtime = zipDate(moment);
  for (const [name, bytes] of Object.entries(files)) {
    let content = bytes;
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      let xml = strFromU8(bytes);
      xml = xml.replace(/rId[0-9a-z_-]{21}(?=")/g, (id) => {
        if (!relationshipIds.has(id)) relationshipIds.set(id, `rIdR${relationshipIds.size + 1}`);
        return relationshipIds.get(id) as string;
      });
      xml = renumber(xml, /(_Toc)(\d+)/g);
      xml = renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(?=")/g);
      let drawing = 0;
      xml = xml.replace(/(<wp:docPr id=")(\d+)(?=")/g, (_, prefix: string) => `${prefix}${++drawing}`);
      if (name === 'docProps/core.xml') {
        const stamp = moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
        xml = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
      }
      content = strToU8(xml);
    }
    rewritten[name] = [content, { mtime, level: 6 }];
  }
  return Buffer.from(zipSync(rewritten));
}

/** Gives the numbers a pattern captures new values in order of first appearance. */
function renumber(xml: string, pattern: RegExp): string {
  const numbers = new Map<string, number>();
  return xml.replace(pattern, (_, prefix: string, value: string) => {
    if (!numbers.has(value)) numbers.set(value, numbers.size + 1);
    return `${prefix}${numbers.get(value)}`;
  });
}
