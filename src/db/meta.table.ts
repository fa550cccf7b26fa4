import type { Timestamp } from './columns';

export interface MetaTables {
  app_meta: { key: string; value: string; updated_at: Timestamp };
}
