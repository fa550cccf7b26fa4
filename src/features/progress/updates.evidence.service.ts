/** An update's evidence files: attaching them (checked by their content), removing and downloading them. */
import type { Deps } from '../../deps';
import { notFound, validationError } from '../../lib/errors';
import type { DownloadableFile, StoredFile } from '../../lib/uploads';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as files from '../files/files.service';
import type { ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import { hydrateUpdates } from './progress.service';
import { localized } from '../../lib/i18n';
import { assertFiling, maxFilesPerUpdate } from './updates.filing.service';
import { type Loaded, assertState, editable, getUpdate, inTransaction, load, saveVersion } from './updates.review.service';

// ---- evidence files ----

export interface IncomingFile {
  fileName: string;
  bytes: Buffer;
}

async function loadForAttaching(deps: Deps, actor: Actor | null, id: number): Promise<Loaded & { actor: Actor }> {
  const loaded = await load(deps, id);
  authorize(actor, 'progress.file', { entityId: loaded.row.entity_id });
  assertFiling(loaded.period);
  assertState(loaded.row, editable, 'changed');
  return { ...loaded, actor };
}

/** Checks, before an upload is read, that this person may attach files to the update now. */
export async function assertMayAttach(deps: Deps, actor: Actor | null, id: number): Promise<void> {
  await loadForAttaching(deps, actor, id);
}

/** Stores files (checked by their content, bounded in size, under random names) as evidence of an update. */
export async function attachFiles(deps: Deps, someone: Actor | null, id: number, uploads: IncomingFile[]): Promise<ProgressUpdate> {
  const { actor, ...loaded } = await loadForAttaching(deps, someone, id);
  if (uploads.length === 0) throw validationError([{ field: 'files', message: localized('raised.chooseFile') }]);
  const existing = await repo.countFiles(deps.db, id);
  if (existing + uploads.length > maxFilesPerUpdate) throw validationError([{ field: 'files', message: localized('raised.update.maxFiles', { count: maxFilesPerUpdate }) }]);
  files.checkUploads(uploads, 'files');
  const now = deps.clock.now();
  const saved = await inTransaction(deps, id, async (trx) => {
    await repo.lockPeriodRow(trx, loaded.period.id);
    const before = await repo.lockUpdate(trx, id);
    if (!before) throw notFound('progressUpdate');
    assertState(before, editable, 'changed');
    const stored: StoredFile[] = [];
    for (const upload of uploads) stored.push(await files.storeUpload(trx, upload.bytes, upload.fileName, now));
    for (const [index, file] of stored.entries()) {
      await repo.insertEvidenceFile(trx, {
        update_id: id,
        kind: 'file',
        title: file.originalName,
        stored_name: file.storedName,
        mime_type: file.mimeType,
        size_bytes: file.sizeBytes,
        sha256: file.sha256,
        position: 100 + existing + index,
        created_at: now,
      });
    }
    return saveVersion(
      trx,
      before,
      before.version,
      { updated_at: now },
      {
        recorded: 'attach',
        actor,
        now,
        audit: () => ({ actor, action: 'attach', table: 'progress_updates', recordId: id, entityId: before.entity_id, after: { files: stored.map((file) => file.originalName) } }),
      },
    );
  });
  return (await hydrateUpdates(deps, [saved]))[0] as ProgressUpdate;
}

export async function removeEvidence(deps: Deps, actor: Actor | null, evidenceId: number): Promise<ProgressUpdate> {
  const evidence = await repo.findEvidence(deps.db, evidenceId);
  if (!evidence) throw notFound('evidence');
  const loaded = await load(deps, evidence.update_id);
  authorize(actor, 'progress.file', { entityId: loaded.row.entity_id });
  assertFiling(loaded.period);
  assertState(loaded.row, editable, 'changed');
  const now = deps.clock.now();
  const saved = await inTransaction(deps, evidence.update_id, async (trx) => {
    const before = await repo.lockUpdate(trx, evidence.update_id);
    if (!before) throw notFound('progressUpdate');
    assertState(before, editable, 'changed');
    await repo.deleteEvidence(trx, evidenceId);
    await files.deleteFiles(trx, [evidence.stored_name]);
    return saveVersion(
      trx,
      before,
      before.version,
      { updated_at: now },
      {
        recorded: 'remove_evidence',
        actor,
        now,
        audit: () => ({ actor, action: 'remove_evidence', table: 'progress_updates', recordId: before.id, entityId: before.entity_id, before: evidence }),
      },
    );
  });
  return (await hydrateUpdates(deps, [saved]))[0] as ProgressUpdate;
}

/** A stored evidence file, for download by those who may read its update. */
export async function evidenceFile(deps: Deps, actor: Actor | null, evidenceId: number): Promise<DownloadableFile> {
  authorize(actor, 'progress.read');
  const evidence = await repo.findEvidence(deps.db, evidenceId);
  if (evidence?.kind !== 'file' || !evidence.stored_name) throw notFound('theFile');
  await getUpdate(deps, actor, evidence.update_id);
  const bytes = await files.readFileBytes(deps.db, evidence.stored_name);
  return { originalName: evidence.title, mimeType: evidence.mime_type ?? 'application/octet-stream', bytes };
}
