/** The reference publications and events `icat seed` loads (facts from public sources, seed/reference/library.json). */
import type { Deps } from '../../deps';
import { readSeedJson } from '../../lib/seed-files';
import * as audit from '../audit/audit.service';
import * as repo from './library.repository';
import type { PublicationKind } from './library.table';
import { indexEvent } from './library.events.service';
import { indexPublication } from './library.publications.service';
import { slugify, uniqueSlug } from './library.rules.service';

// Reference data

export interface ReferencePublication {
  kind: PublicationKind;
  number: number | null;
  numberUncertain: boolean;
  title: string;
  year: number | null;
  yearUncertain: boolean;
  summary: string;
  languages: string[];
  url: string | null;
  note: string | null;
  sources: string[];
}

export interface ReferenceEvent {
  title: string;
  startsOn: string;
  endsOn: string | null;
  place: string | null;
  online: boolean;
  organizers: string[];
  marginsOf: string | null;
  speakers: { name: string; role: string | null }[];
  summary: string;
  note: string | null;
  uncertain: boolean;
  sources: string[];
}

/** Loads the reference publications and events as published records; existing ones are left alone. */
export async function loadReferenceLibrary(deps: Deps, data: { publications: ReferencePublication[]; events: ReferenceEvent[] }): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (const item of data.publications) {
      if (await repo.findPublicationByKey(trx, item.kind, item.title)) continue;
      const row = await repo.insertPublication(trx, {
        slug: await uniqueSlug(trx, 'publications', slugify(item.title)),
        kind: item.kind,
        number: item.number,
        number_uncertain: item.numberUncertain,
        title: item.title,
        year: item.year,
        year_uncertain: item.yearUncertain,
        summary: item.summary,
        languages: item.languages,
        url: item.url,
        note: item.note,
        sources: JSON.stringify(item.sources),
        status: 'published',
        created_at: now,
        updated_at: now,
      });
      await indexPublication(trx, row);
      await audit.record(trx, now, { actor: null, actorLabel: 'icat seed', action: 'create', table: 'publications', recordId: row.id, after: row });
      inserted++;
    }
    for (const item of data.events) {
      if (await repo.findEventByKey(trx, item.title, item.startsOn)) continue;
      const row = await repo.insertEvent(trx, {
        slug: await uniqueSlug(trx, 'events', `${item.startsOn.slice(0, 4)}-${slugify(item.title)}`),
        title: item.title,
        starts_on: item.startsOn,
        ends_on: item.endsOn,
        start_time: null,
        end_time: null,
        time_zone: null,
        place: item.place,
        online: item.online,
        organizers: item.organizers,
        margins_of: item.marginsOf,
        speakers: JSON.stringify(item.speakers),
        summary: item.summary,
        url: null,
        note: item.note,
        uncertain: item.uncertain,
        sources: JSON.stringify(item.sources),
        status: 'published',
        created_at: now,
        updated_at: now,
      });
      await indexEvent(trx, row);
      await audit.record(trx, now, { actor: null, actorLabel: 'icat seed', action: 'create', table: 'events', recordId: row.id, after: row });
      inserted++;
    }
    return inserted;
  });
}

/** The seed step of the library: the publications and events of seed/reference/library.json. */
export async function seedReferenceLibrary(deps: Deps): Promise<number> {
  return loadReferenceLibrary(deps, readSeedJson<{ publications: ReferencePublication[]; events: ReferenceEvent[] }>('reference/library.json'));
}
