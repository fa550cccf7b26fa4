import type { Generated } from 'kysely';
import type { Timestamp } from './columns';

export interface MetaTables {
  app_meta: { key: string; value: string; updated_at: Generated<Timestamp> };
}
