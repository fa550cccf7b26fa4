import type { Actor } from './actor';

/** Facts about the record an action is on; a rule reads the ones it needs. */
export interface Subject {
  entityId?: number | null;
  accountId?: number;
  year?: number;
  published?: boolean;
  status?: string;
  /** Entities allowed to see or act on a restricted record (a working group's members, say). */
  entityIds?: number[];
}

export type Rule = (actor: Actor | null, subject: Subject) => boolean;
