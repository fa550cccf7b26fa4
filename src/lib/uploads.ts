/**
 * Uploaded files: what a file IS is decided by its bytes, never by its name; its original name is
 * kept only as sanitized metadata. (The bytes are stored by the files feature, under a random name.)
 *
 *   maxUploadBytes                          10 MiB, the bound for one file
 *   detectFileType(bytes, nameHint?)        the allowed type the bytes are, or null (PDF, PNG, JPEG,
 *                                           DOCX/XLSX/PPTX, UTF-8 plain text or CSV)
 *   checkUpload(bytes, name)                the type, safe name, size and hash of an acceptable file
 *                                           (throws UNSUPPORTED_MEDIA_TYPE 415 / PAYLOAD_TOO_LARGE 413)
 *   sanitizeFileName(name, type?)           a display/download name with no path, no control chars
 *   isStoredName(name)                      whether a name has the shape of a stored file's name
 *
 * A feature keeps the StoredFile fields in its own table (stored_name, original_name, mime_type,
 * size_bytes, sha256) and serves it with sendStoredFile() from src/http/uploads.ts.
 */
import { createHash } from 'node:crypto';
import { AppError } from './errors';
import { localized } from './i18n';

export const maxUploadBytes = 10 * 1024 * 1024;

export interface FileType {
  mimeType: string;
  /** The extension a file of this type carries, with its dot. */
  extension: string;
}

/** A stored file as a download: its bytes and the name and type to offer them under. */
export interface DownloadableFile {
  originalName: string;
  mimeType: string;
  bytes: Buffer;
}

export interface StoredFile {
  storedName: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

const types = {
  pdf: { mimeType: 'application/pdf', extension: '.pdf' },
  png: { mimeType: 'image/png', extension: '.png' },
  jpeg: { mimeType: 'image/jpeg', extension: '.jpg' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: '.docx' },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: '.xlsx' },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: '.pptx' },
  csv: { mimeType: 'text/csv', extension: '.csv' },
  text: { mimeType: 'text/plain', extension: '.txt' },
} satisfies Record<string, FileType>;

const startsWith = (bytes: Buffer, signature: number[]) => bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/**
 * File names inside a zip archive, read from its central directory (no decompression). Office files
 * are zips; anything that is not a well-formed zip gives null.
 */
export function zipEntryNames(bytes: Buffer, maxEntries = 5000): string[] | null {
  const endSignature = 0x06054b50;
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === endSignature) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count > maxEntries) return null;
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function officeType(bytes: Buffer): FileType | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  const names = zipEntryNames(bytes);
  if (!names?.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return types.docx;
  if (names.includes('xl/workbook.xml')) return types.xlsx;
  if (names.includes('ppt/presentation.xml')) return types.pptx;
  return null;
}

const markup = /^\s*<(!doctype|html|head|body|script|svg|\?xml|iframe|object)\b/i;

/** UTF-8 text without NUL or other binary control characters, and not HTML/SVG/XML in disguise. */
function textType(bytes: Buffer, nameHint: string): FileType | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- binary files are full of these; text has only tab, newline, form feed, return
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) || markup.test(text.replace(/^\uFEFF/, ''))) return null;
  return /\.csv$/i.test(nameHint) ? types.csv : types.text;
}

/** The allowed type these bytes are, or null. The name only chooses between CSV and plain text. */
export function detectFileType(bytes: Buffer, nameHint = ''): FileType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return types.pdf; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return types.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return types.jpeg;
  if (startsWith(bytes, [0x50, 0x4b])) return officeType(bytes);
  return textType(bytes, nameHint);
}

/**
 * A safe name to show and to offer for download: the last path segment only, no control or
 * reserved characters, no leading dots, at most 120 characters, and the extension of its real type.
 */
export function sanitizeFileName(name: string, type?: FileType | null): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  let clean = lastSegment
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
    .replace(/[\u0000-\u001f\u007f<>:"|?*;]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  if (type && !clean.toLowerCase().endsWith(type.extension) && !(type === types.jpeg && /\.jpe?g$/i.test(clean))) {
    clean = `${clean || 'file'}${type.extension}`;
  }
  if (!clean) clean = 'file';
  if (clean.length > 120) {
    const dot = clean.lastIndexOf('.');
    const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, 120 - extension.length) + extension;
  }
  return clean;
}

const storedNamePattern = /^[a-f0-9]{32}$/;

export function isStoredName(name: string): boolean {
  return storedNamePattern.test(name);
}

export type CheckedUpload = Omit<StoredFile, 'storedName'>;

/** Checks a file's size and type by its content; the bytes are then stored under a random name. */
export function checkUpload(bytes: Buffer, originalName: string): CheckedUpload {
  const shownName = sanitizeFileName(originalName);
  if (bytes.length > maxUploadBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', localized('raised.upload.tooLarge', { name: shownName, size: maxUploadBytes / 1024 / 1024 }));
  }
  const type = detectFileType(bytes, shownName);
  if (!type) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', localized('raised.upload.type', { name: shownName, types: localized('raised.upload.types') }));
  }
  return {
    originalName: sanitizeFileName(originalName, type),
    mimeType: type.mimeType,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
