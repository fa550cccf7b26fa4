/**
 * Stored files: uploads (checked by their bytes in lib/uploads) and generated documents, kept in the
 * database under random names, so that every instance of the platform serves the same files and a
 * backup holds them. Features store and delete files inside their own transactions, so a file never
 * outlives the record that names it, nor the other way round.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../../db/database';
import { AppError, notFound } from '../../lib/errors';
import { checkUpload, detectFileType, isStoredName, type StoredFile } from '../../lib/uploads';
import * as repo from './files.repository';

function newStoredName(): string {
  return randomBytes(16).toString('hex');
}

/** Checks an uploaded file and stores it; throws 413 or 415 with the reason. */
export async function storeUpload(db: Executor, bytes: Buffer, originalName: string, now: Date): Promise<StoredFile> {
  const checked = checkUpload(bytes, originalName);
  const storedName = newStoredName();
  await repo.insertFile(db, { name: storedName, bytes, mime_type: checked.mimeType, size_bytes: checked.sizeBytes, sha256: checked.sha256, created_at: now });
  return { storedName, ...checked };
}

/** Stores a document the platform made itself (a report, a CSV); returns its stored name. */
export async function storeDocument(db: Executor, bytes: Buffer, mimeType: string, now: Date): Promise<string> {
  const name = newStoredName();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await repo.insertFile(db, { name, bytes, mime_type: mimeType, size_bytes: bytes.length, sha256, created_at: now });
  return name;
}

/** The bytes of a stored file, or null when there is no such file. */
export async function findFileBytes(db: Executor, storedName: string): Promise<Buffer | null> {
  if (!isStoredName(storedName)) return null;
  return (await repo.findFileBytes(db, storedName)) ?? null;
}

export async function readFileBytes(db: Executor, storedName: string): Promise<Buffer> {
  const bytes = await findFileBytes(db, storedName);
  if (!bytes) throw notFound('file');
  return bytes;
}

export async function deleteFiles(db: Executor, storedNames: (string | null | undefined)[]): Promise<void> {
  await repo.deleteFiles(
    db,
    storedNames.filter((name): name is string => !!name && isStoredName(name)),
  );
}

/** Checks files before any is stored, so that a refusal names the form field they came in. */
export function checkUploads(uploads: { bytes: Buffer; fileName: string }[], field: string): void {
  for (const upload of uploads) {
    try {
      checkUpload(upload.bytes, upload.fileName);
    } catch (error) {
      if (error instanceof AppError && !error.details.fields) throw new AppError(error.code, error.message, { fields: [{ field, message: error.message }] });
      throw error;
    }
  }
}

/**
 * Uploads written to ICAT_DATA_DIR/uploads before files moved into the database: each is stored
 * under its own name (which the records already hold) and then removed from the disk. Running it
 * again finds nothing to do.
 */
export async function moveUploadsIntoDatabase(db: Executor, uploadsDir: string, now: Date): Promise<number> {
  if (!existsSync(uploadsDir)) return 0;
  let moved = 0;
  for (const name of readdirSync(uploadsDir).filter(isStoredName)) {
    const path = join(uploadsDir, name);
    const bytes = readFileSync(path);
    const mimeType = detectFileType(bytes)?.mimeType ?? 'application/octet-stream';
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await repo.insertFileIfMissing(db, { name, bytes, mime_type: mimeType, size_bytes: bytes.length, sha256, created_at: now });
    rmSync(path);
    moved += 1;
  }
  return moved;
}
