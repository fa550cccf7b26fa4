/**
 * File uploads over HTTP (the checks on the bytes are in src/lib/uploads.ts).
 *
 *   registerUploads(app)                      once, in app.ts: multipart/form-data with bounded parts
 *   readMultipartForm(request)                in a POST handler: { fields, files } with every file read
 *                                             into memory (at most maxUploadBytes each, else 413);
 *                                             empty file inputs are skipped
 *   sendStoredFile(reply, file)               serve a stored file as an attachment, with a sanitized
 *                                             Content-Disposition (filename and filename*) and nosniff
 *   uploadFormStatus(error)                   the status for a form re-rendered after an error (413,
 *                                             415, 409, 400…)
 *
 * The form is <PostForm enctype="multipart/form-data">: it puts the CSRF token in the query string,
 * because the token must be checked before the body is read. A service then stores the file with the
 * files feature's storeUpload, inside the transaction of the record that names it, after authorizing.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors';
import { maxUploadBytes, sanitizeFileName, type DownloadableFile } from '../lib/uploads';
import { statusOf } from './forms';
import { normaliseFields } from './input';
import { viewContext } from './view-context';
import { localized } from '../lib/i18n';

export interface UploadedFile {
  /** The form field the file came in. */
  field: string;
  /** The name the browser sent: metadata only, never a path. */
  fileName: string;
  bytes: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string | string[]>;
  files: UploadedFile[];
}

export const maxFilesPerForm = 5;
const fieldLimit = 100;

export async function registerUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { fileSize: maxUploadBytes, files: maxFilesPerForm, fields: fieldLimit, fieldSize: 200 * 1024, parts: fieldLimit + maxFilesPerForm, headerPairs: 200 },
  });
}

const tooManyFilesCodes = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT']);
const tooManyFieldsCodes = new Set(['FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

function translate(request: FastifyRequest, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  const { t } = viewContext(request);
  if (tooManyFilesCodes.has(code)) {
    const message = t('input.tooManyFiles', { count: maxFilesPerForm, size: maxUploadBytes / 1024 / 1024 });
    return new AppError('PAYLOAD_TOO_LARGE', message, { fields: [{ field: 'files', message }] });
  }
  if (tooManyFieldsCodes.has(code)) return new AppError('PAYLOAD_TOO_LARGE', t('input.tooManyFields', { count: fieldLimit }));
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new AppError('UNSUPPORTED_MEDIA_TYPE', t('raised.multipart'));
  return error;
}

function addField(fields: MultipartForm['fields'], name: string, value: string): void {
  const existing = fields[name];
  if (existing === undefined) fields[name] = value;
  else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

export async function readMultipartForm(request: FastifyRequest): Promise<MultipartForm> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', localized('raised.multipart'));
  const form: MultipartForm = { fields: {}, files: [] };
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (typeof part.value === 'string') addField(form.fields, part.fieldname, part.value);
        continue;
      }
      const bytes = await part.toBuffer();
      if (bytes.length === 0 && !part.filename) continue; // an empty <input type=file>
      form.files.push({ field: part.fieldname, fileName: part.filename, bytes });
    }
  } catch (error) {
    request.raw.resume(); // discard the rest of the body, so the browser reads our answer
    throw translate(request, error);
  }
  return { fields: normaliseFields(request, form.fields), files: form.files };
}

/** RFC 8187 ext-value: UTF-8, percent-encoding everything outside attr-char. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachmentDisposition(name: string): string {
  const clean = sanitizeFileName(name);
  const ascii =
    clean
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '_')
      .trim() || 'file';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(clean)}`;
}

export function sendStoredFile(reply: FastifyReply, file: DownloadableFile): FastifyReply {
  return reply
    .header('content-type', file.mimeType)
    .header('content-length', file.bytes.length)
    .header('content-disposition', attachmentDisposition(file.originalName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox; frame-ancestors 'none'")
    .header('cache-control', 'private, max-age=0, must-revalidate')
    .send(file.bytes);
}

/** The same as statusOf, which now answers 413 and 415 from the one table; kept for its callers. */
export function uploadFormStatus(error: unknown): number {
  return statusOf(error);
}
