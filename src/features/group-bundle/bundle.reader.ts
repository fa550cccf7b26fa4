/** Reading a bundle's YAML field by field: each value checked, each problem noted with the line it is on. Pure: no database. */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { localized, type MessageKey } from '../../lib/i18n';
import type { BundleIssue } from './bundle.types';

export const sections = ['format', 'group', 'vocabularies', 'members', 'membership_counts', 'history', 'terms', 'working_groups'] as const;
const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const slugPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;
const yearRange = { from: '1900', to: '2200' };

/** Reads one mapping's fields, noting every problem with the line it is on. */
export class Reader {
  readonly issues: BundleIssue[] = [];
  constructor(private readonly lines: LineCounter) {}

  lineOf(node: Node | Pair | null | undefined, fallback = 1): number {
    const pairKey = node && 'key' in node && !('range' in node) ? (node.key as Node | null) : null;
    const offset = (node as Node | null)?.range?.[0] ?? pairKey?.range?.[0];
    return typeof offset === 'number' ? this.lines.linePos(offset).line : fallback;
  }

  problem(line: number, path: string, key: MessageKey, values: Record<string, string | number> = {}): void {
    this.issues.push({ line, message: `${path}: ${localized(key, values)}` });
  }

  /** A mapping's pairs by key; unknown keys and a value that is not a mapping are problems. */
  fields(node: Node | null, path: string, known: readonly string[], line: number): Fields | null {
    if (!isMap(node)) {
      this.problem(node ? this.lineOf(node, line) : line, path, 'groupBundle.notMapping');
      return null;
    }
    return new Fields(this, node, path, known);
  }

  list(node: Node | null | undefined, path: string, line: number): Node[] {
    if (node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined))) return [];
    if (!isSeq(node)) {
      this.problem(this.lineOf(node, line), path, 'groupBundle.notList');
      return [];
    }
    return node.items as Node[];
  }
}

export class Fields {
  readonly line: number;
  private readonly pairs = new Map<string, Pair<Scalar, Node | null>>();
  constructor(
    private readonly reader: Reader,
    node: YAMLMap,
    readonly path: string,
    known: readonly string[],
  ) {
    this.line = reader.lineOf(node);
    for (const pair of node.items as Pair<Scalar, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key)) reader.problem(reader.lineOf(pair.key as Node, this.line), path, 'groupBundle.unknownField', { field: key });
      else this.pairs.set(key, pair);
    }
  }

  has(key: string): boolean {
    const value = this.pairs.get(key)?.value;
    return value !== null && value !== undefined && !(isScalar(value) && (value.value === null || value.value === ''));
  }

  node(key: string): Node | null {
    return this.pairs.get(key)?.value ?? null;
  }

  lineOf(key: string): number {
    const pair = this.pairs.get(key);
    return pair ? this.reader.lineOf(pair.value ?? (pair.key as Node), this.line) : this.line;
  }

  private scalar(key: string): unknown {
    const value = this.node(key);
    if (value === null) return null;
    return isScalar(value) ? value.value : value;
  }

  private fail(key: string, message: MessageKey, values: Record<string, string | number> = {}): null {
    this.reader.problem(this.lineOf(key), `${this.path}.${key}`, message, values);
    return null;
  }

  text(key: string, max: number): string | null {
    const value = this.scalar(key);
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string' && typeof value !== 'number') return this.fail(key, 'groupBundle.notText');
    const text = String(value).trim();
    if (text === '') return this.fail(key, 'groupBundle.empty');
    if (text.length > max) return this.fail(key, 'groupBundle.tooLong', { max });
    return text;
  }

  requiredText(key: string, max: number): string | null {
    if (!this.has(key)) return this.fail(key, 'groupBundle.required');
    return this.text(key, max);
  }

  year(key: string, required: boolean): number | null {
    const value = this.scalar(key);
    if (value === null || value === undefined) return required ? this.fail(key, 'groupBundle.required') : null;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < Number(yearRange.from) || value > Number(yearRange.to)) return this.fail(key, 'groupBundle.notYear', yearRange);
    return value;
  }

  date(key: string, required: boolean): string | null {
    const value = this.scalar(key);
    if (value === null || value === undefined) return required ? this.fail(key, 'groupBundle.required') : null;
    const text = String(value).trim();
    if ((typeof value !== 'string' && typeof value !== 'number') || !datePattern.test(text)) return this.fail(key, 'groupBundle.notDate');
    return text;
  }

  count(key: string, max: number): number | null {
    const value = this.scalar(key);
    if (value === null || value === undefined) return this.fail(key, 'groupBundle.required');
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) return this.fail(key, 'groupBundle.notCount', { max });
    return value;
  }

  flag(key: string): boolean {
    const value = this.scalar(key);
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') {
      this.fail(key, 'groupBundle.notBoolean');
      return false;
    }
    return value;
  }

  choice<T extends string>(key: string, choices: readonly T[]): T | null {
    const value = this.scalar(key);
    if (value === null || value === undefined) return this.fail(key, 'groupBundle.required');
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) return this.fail(key, 'groupBundle.oneOf', { choices: choices.join(', ') });
    return value as T;
  }

  /** A list of texts, each with its line (for references to organizations). */
  texts(key: string, max: number): { text: string; line: number; path: string }[] {
    const out: { text: string; line: number; path: string }[] = [];
    this.reader.list(this.node(key), `${this.path}.${key}`, this.lineOf(key)).forEach((item, index) => {
      const line = this.reader.lineOf(item, this.lineOf(key));
      const value = isScalar(item) ? item.value : null;
      const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
      if (text === '') this.reader.problem(line, `${this.path}.${key}[${index}]`, 'groupBundle.notText');
      else if (text.length > max) this.reader.problem(line, `${this.path}.${key}[${index}]`, 'groupBundle.tooLong', { max });
      else out.push({ text, line, path: `${this.path}.${key}[${index}]` });
    });
    return out;
  }

  /** One text, or a mapping of language -> text (a translated label or text). */
  localizedText(key: string, max: number, required: boolean): string | Record<string, string> | null {
    const node = this.node(key);
    if (!isMap(node)) return required ? this.requiredText(key, max) : this.text(key, max);
    const fields = new Fields(this.reader, node, `${this.path}.${key}`, ['en', 'fr', 'es', 'ar', 'ru', 'zh']);
    const byLanguage: Record<string, string> = {};
    for (const language of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
      const text = fields.text(language, max);
      if (text !== null) byLanguage[language] = text;
    }
    return byLanguage;
  }
}

/** Notes a natural key seen twice, naming the line it first appeared on. */
export function uniqueKeys(reader: Reader) {
  const seen = new Map<string, number>();
  return (key: string, line: number, where: string, shown = key): void => {
    const first = seen.get(key.toLowerCase());
    if (first !== undefined) reader.problem(line, where, 'groupBundle.duplicate', { value: shown, line: first });
    else seen.set(key.toLowerCase(), line);
  };
}
