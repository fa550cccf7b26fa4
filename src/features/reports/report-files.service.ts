/**
 * Generated report files kept on the disk by earlier versions, moved into the database (a light
 * module: `icat migrate` runs it and should not load the report renderers).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Deps } from '../../deps';
import * as filesService from '../files/files.service';
import * as repo from './reports.repository';

/** Moves report files written to ICAT_DATA_DIR/reports by earlier versions into the database. */
export async function moveGeneratedFilesIntoDatabase(deps: Deps): Promise<number> {
  let moved = 0;
  for (const row of await repo.listFilesOnDisk(deps.db)) {
    const path = join(deps.config.reportsDir, row.path ?? '');
    if (!row.path || !existsSync(path)) continue;
    const bytes = readFileSync(path);
    await deps.db.transaction().execute(async (trx) => {
      await repo.setFileStoredName(trx, row.id, await filesService.storeDocument(trx, bytes, row.content_type, deps.clock.now()));
    });
    rmSync(path);
    moved += 1;
  }
  return moved;
}
