import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/columns';
import type { Locale } from '../../lib/i18n';

export type PublicationKind = 'issue_brief' | 'annual_report' | 'statement' | 'toolkit' | 'paper' | 'contribution';
export type LibraryStatus = 'draft' | 'published';

export interface Speaker {
  name: string;
  role: string | null;
}

export interface PublicationsTable {
  id: Generated<number>;
  slug: string;
  kind: PublicationKind;
  number: number | null;
  number_uncertain: Generated<boolean>;
  title: string;
  year: number | null;
  year_uncertain: Generated<boolean>;
  summary: string;
  /** The language title and summary are written in; translations are in text_translations. */
  original_language: Generated<Locale>;
  languages: string[];
  url: string | null;
  file_stored_name: string | null;
  file_original_name: string | null;
  file_mime_type: string | null;
  file_size_bytes: number | null;
  file_sha256: string | null;
  note: string | null;
  sources: Json<string[]>;
  status: Generated<LibraryStatus>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventsTable {
  id: Generated<number>;
  slug: string;
  title: string;
  /** Partial dates: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  starts_on: string;
  ends_on: string | null;
  /** 'HH:MM' in time_zone, when the time is known. */
  start_time: string | null;
  end_time: string | null;
  time_zone: string | null;
  place: string | null;
  online: Generated<boolean>;
  organizers: string[];
  margins_of: string | null;
  speakers: Json<Speaker[]>;
  summary: string;
  /** The language title and summary are written in; translations are in text_translations. */
  original_language: Generated<Locale>;
  url: string | null;
  note: string | null;
  uncertain: Generated<boolean>;
  sources: Json<string[]>;
  status: Generated<LibraryStatus>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LibraryTables {
  publications: PublicationsTable;
  events: EventsTable;
}
