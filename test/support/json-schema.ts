/**
 * A small JSON Schema (2020-12) check for the subset the API's OpenAPI document uses: $ref inside
 * the document, type, enum, const, anyOf/oneOf/allOf, properties, required, additionalProperties,
 * propertyNames, items, and the bounds of strings, numbers and lists. A keyword it does not know is
 * reported as a problem, so a schema it cannot check fully never passes by being skipped.
 */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

const annotations = new Set(['description', 'title', 'default', 'examples', '$schema', '$id', 'deprecated', 'readOnly', 'writeOnly']);
const checked = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'allOf',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  return typeOf(value) === type;
}

function resolve(root: unknown, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`A reference outside the document: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`A reference to nothing: ${ref}`);
  return node as JsonSchema;
}

const formats: Record<string, (text: string) => boolean> = {
  'date-time': (text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text)),
  date: (text) => /^\d{4}-\d{2}-\d{2}$/.test(text),
};

/** The problems of `value` against `schema`, each with where it is (`$.items[0].acronym`); none when it fits. */
export function schemaProblems(schema: JsonSchema, value: unknown, root: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: nothing is allowed here`];
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${path}: ${message}`);
  for (const keyword of Object.keys(schema)) if (!checked.has(keyword) && !annotations.has(keyword)) fail(`the check does not know the keyword "${keyword}"`);
  if (typeof schema.$ref === 'string') problems.push(...schemaProblems(resolve(root, schema.$ref), value, root, path));
  if (schema.type !== undefined) {
    const types = [schema.type].flat() as string[];
    if (!types.some((type) => hasType(value, type))) fail(`expected ${types.join(' or ')}, got ${typeOf(value)}`);
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value))) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) fail(`expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf as JsonSchema[]) problems.push(...schemaProblems(part, value, root, path));
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as JsonSchema[]).some((part) => schemaProblems(part, value, root, path).length === 0)) fail('fits none of the alternatives');
  if (Array.isArray(schema.oneOf) && (schema.oneOf as JsonSchema[]).filter((part) => schemaProblems(part, value, root, path).length === 0).length !== 1) fail('does not fit exactly one alternative');
  if (typeof value === 'string') problems.push(...stringProblems(schema, value, path));
  if (typeof value === 'number') problems.push(...numberProblems(schema, value, path));
  if (Array.isArray(value)) problems.push(...arrayProblems(schema, value, root, path));
  else if (value !== null && typeof value === 'object') problems.push(...objectProblems(schema, value as Record<string, unknown>, root, path));
  return problems;
}

function stringProblems(schema: { [keyword: string]: unknown }, value: string, path: string): string[] {
  const problems: string[] = [];
  if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`);
  if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) problems.push(`${path}: longer than ${schema.maxLength}`);
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
  const format = typeof schema.format === 'string' ? formats[schema.format] : undefined;
  if (format && !format(value)) problems.push(`${path}: ${JSON.stringify(value)} is not a ${String(schema.format)}`);
  return problems;
}

function numberProblems(schema: { [keyword: string]: unknown }, value: number, path: string): string[] {
  const problems: string[] = [];
  if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) problems.push(`${path}: not above ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) problems.push(`${path}: not below ${schema.exclusiveMaximum}`);
  return problems;
}

function arrayProblems(schema: { [keyword: string]: unknown }, value: unknown[], root: unknown, path: string): string[] {
  const problems: string[] = [];
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) problems.push(`${path}: fewer than ${schema.minItems} entries`);
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) problems.push(`${path}: more than ${schema.maxItems} entries`);
  if (schema.items !== undefined) value.forEach((entry, index) => problems.push(...schemaProblems(schema.items as JsonSchema, entry, root, `${path}[${index}]`)));
  return problems;
}

function objectProblems(schema: { [keyword: string]: unknown }, value: Record<string, unknown>, root: unknown, path: string): string[] {
  const problems: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of (schema.required ?? []) as string[]) if (!(name in value)) problems.push(`${path}: "${name}" is missing`);
  for (const [name, entry] of Object.entries(value)) {
    const where = `${path}.${name}`;
    if (schema.propertyNames !== undefined) problems.push(...schemaProblems(schema.propertyNames as JsonSchema, name, root, `${where} (its name)`));
    if (name in properties) problems.push(...schemaProblems(properties[name] as JsonSchema, entry, root, where));
    else if (schema.additionalProperties === false) problems.push(`${where}: not declared`);
    else if (schema.additionalProperties !== undefined) problems.push(...schemaProblems(schema.additionalProperties as JsonSchema, entry, root, where));
  }
  return problems;
}
