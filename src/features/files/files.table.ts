import type { Timestamp } from '../../db/columns';

/** The bytes of every uploaded file and generated document, under a random name. */
export interface StoredFilesTable {
  name: string;
  bytes: Buffer;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Timestamp;
}

export interface FilesTables {
  stored_files: StoredFilesTable;
}
