/**
 * Text from outside goes through one normalisation (src/lib/text.ts) before any route sees it: the
 * query, the path parameters and the body of every request (multipart fields through
 * `normaliseFields` in uploads.ts). A control character is refused with 400 naming the field, before
 * anything is read or written.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validationError, type FieldIssue } from '../lib/errors';
import { normaliseSecret, normaliseText, oneLine } from '../lib/text';
import { viewContext } from './view-context';

/** Fields whose exact code points matter: passwords and one-time codes are compared, not shown. */
const secretField = /password|^current$|^confirm$|^code$/;

type Problems = FieldIssue[];

function normaliseValue(request: FastifyRequest, field: string, value: unknown, problems: Problems): unknown {
  if (typeof value === 'string') {
    const checked = secretField.test(field) ? normaliseSecret(value) : normaliseText(value);
    if (checked.ok) return checked.text;
    problems.push({ field: oneLine(field), message: viewContext(request).t('input.controlCharacter', { codePoint: checked.codePoint }) });
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => normaliseValue(request, `${field}.${index}`, item, problems));
  if (value !== null && typeof value === 'object') return normaliseObject(request, value as Record<string, unknown>, problems, `${field}.`);
  return value;
}

function normaliseObject(request: FastifyRequest, values: Record<string, unknown>, problems: Problems, prefix = ''): Record<string, unknown> {
  const normalised: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const name = normaliseText(key);
    if (!name.ok) problems.push({ field: oneLine(`${prefix}${key}`), message: viewContext(request).t('input.controlCharacter', { codePoint: name.codePoint }) });
    normalised[name.ok ? name.text : key] = normaliseValue(request, `${prefix}${key}`, value, problems);
  }
  return normalised;
}

/** Normalises every field of a parsed form; throws VALIDATION naming each field that holds a control character. */
export function normaliseFields<T extends Record<string, unknown>>(request: FastifyRequest, fields: T): T {
  const problems: Problems = [];
  const normalised = normaliseObject(request, fields, problems);
  if (problems.length > 0) throw validationError(problems);
  return normalised as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);
}

export function registerInputNormalisation(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (isPlainObject(request.query)) request.query = normaliseFields(request, request.query);
    if (isPlainObject(request.params)) request.params = normaliseFields(request, request.params);
    if (isPlainObject(request.body)) request.body = normaliseFields(request, request.body);
  });
}
