/**
 * Sample records for the benchmark data, built from a seeded random source: pure data in the shapes the
 * services' loaders take. Every text says it is sample data; no fact about a real organization is made up.
 */
import { parse, stringify } from 'yaml';
import type { OrganizationCreateInput } from '../../src/features/members/organizations.schemas';
import type { ReferenceMeeting } from '../../src/features/meetings/meetings.service';
import type { SamplePost } from '../../src/features/groups/posts.service';
import type { ReferenceEvent, ReferencePublication } from '../../src/features/library/library.service';
import type { ReferenceStatement } from '../../src/features/statements/statements.service';
import type { SampleProgress } from '../../src/features/progress/progress.service';
import type { Sheet } from '../../src/lib/spreadsheet';
import type { Random } from './random';

export const sampleAcronymPrefix = 'SAMPLE-';
export const sampleNote = 'Sample data generated for the benchmark.';

const words = [
  'survivors',
  'referral',
  'labour',
  'supply chains',
  'migrants',
  'refugees',
  'screening',
  'guidance',
  'training',
  'prosecution',
  'data',
  'indicators',
  'regional',
  'national',
  'partners',
  'protection',
  'prevention',
  'children',
  'procurement',
  'coordination',
  'crisis',
  'displacement',
  'policy',
  'review',
  'assessment',
  'outreach',
  'recruitment',
  'fees',
  'identification',
  'assistance',
  'online',
  'exploitation',
  'justice',
  'compensation',
  'shelters',
  'hotlines',
  'campaigns',
  'research',
  'evidence',
  'standards',
];
const cities = ['Vienna', 'Geneva', 'New York', 'Bangkok', 'Nairobi', 'Dakar', 'Panama City', 'Cairo', 'Warsaw', 'Amman'];
const themes = ['Identification', 'Data and research', 'Prevention', 'Protection', 'Prosecution', 'Partnerships'];
const crises = ['Ukraine', 'Afghanistan', 'Sahel', 'Horn of Africa', 'Myanmar'];
const regions = ['Europe', 'Africa', 'Asia and the Pacific', 'Americas', 'Arab States'];
const postKinds = ['policy_brief', 'guidance', 'statement', 'data', 'meeting_note', 'request_for_input'] as const;
const statuses = ['not_started', 'on_track', 'on_track', 'delayed', 'achieved', 'achieved'] as const;

const padded = (index: number) => String(index).padStart(4, '0');
const dayOf2022 = (day: number) => new Date(Date.UTC(2022, 0, 1 + (day % 360))).toISOString().slice(0, 10);
const narrative = (random: Random) => `*Sample data.* ${random.sentence(words, random.int(8, 16))} ${random.sentence(words, random.int(8, 16))}`;

export function sampleOrganization(random: Random, index: number, kinds: string[]): OrganizationCreateInput & { acronym: string } {
  return {
    acronym: `${sampleAcronymPrefix}${padded(index)}`,
    name: `Sample organization ${padded(index)}`,
    kind: random.pick(kinds),
    status: 'member',
    joined_year: random.int(2008, 2022),
    mandate: `${sampleNote} ${random.sentence(words, 12)}`,
    uncertain: false,
    sources: [],
  };
}

/** One profile a row, in the columns of the profile import: values are picked from each dimension's offered codes. */
export function profileSheet(random: Random, acronyms: string[], dimensions: { code: string; values: string[] }[]): Sheet {
  const columns = ['acronym', 'as_of', 'sample', ...dimensions.map((dimension) => dimension.code), 'expertise'];
  const rows = acronyms.map((acronym, index) => {
    const values: Record<string, string> = { acronym, as_of: '2022-07-01', sample: 'yes', expertise: `${sampleNote} ${random.sentence(words, 10)}` };
    for (const dimension of dimensions) values[dimension.code] = random.some(dimension.values, random.int(1, Math.max(1, Math.ceil(dimension.values.length / 2)))).join(';');
    return { rowNumber: index + 2, values };
  });
  return { columns, rows };
}

interface PlanDoc {
  objectives: { code: string; outputs?: { code: string; activities?: Record<string, unknown>[] }[] }[];
}

/** The sample plan with `count` more activities, spread over its outputs, each with one counted indicator. */
export function extendedPlan(random: Random, source: string, count: number, acronyms: string[]): string {
  const plan = parse(source) as PlanDoc;
  const outputs = plan.objectives.flatMap((objective) => objective.outputs ?? []);
  for (let index = 0; index < count; index++) {
    const output = outputs[index % outputs.length] as { code: string; activities?: Record<string, unknown>[] };
    output.activities ??= [];
    const code = `${output.code}.${output.activities.length + 1}`;
    const lead = random.pick(acronyms);
    output.activities.push({
      code,
      title: `Sample activity ${code}: ${random.sentence(words, 6).slice(0, -1)}`,
      lead,
      contributors: random.some(
        acronyms.filter((acronym) => acronym !== lead),
        2,
      ),
      indicators: [{ name: `Products delivered under ${code}`, unit: 'products', type: 'number', direction: 'up', baseline: 0, baseline_year: 2021, targets: { 2022: random.int(1, 10) } }],
    });
  }
  return stringify(plan);
}

export interface PlanItemForUpdates {
  code: string;
  numberIndicators: string[];
}

/** Accepted updates on distinct (organization, activity) pairs that the seed does not already hold. */
export function sampleUpdates(random: Random, count: number, acronyms: string[], items: PlanItemForUpdates[], taken: Set<string>): SampleProgress['updates'] {
  const updates: SampleProgress['updates'] = [];
  const capacity = acronyms.length * items.length - taken.size;
  while (updates.length < Math.min(count, capacity)) {
    const entity = random.pick(acronyms);
    const item = random.pick(items);
    const key = `${entity}|${item.code}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const values = Object.fromEntries(item.numberIndicators.map((name) => [name, random.int(0, 12)]));
    updates.push({ entity, item: item.code, status: random.pick(statuses), narrative: narrative(random), values });
  }
  return updates;
}

export function samplePosts(random: Random, count: number, group: string, acronyms: string[]): SamplePost[] {
  return Array.from({ length: count }, (_, index) => ({
    group,
    entity: random.pick(acronyms),
    kind: random.pick(postKinds),
    title: `Sample post ${padded(index + 1)}: ${random.sentence(words, 5).slice(0, -1)}`,
    summary: `Sample data. ${random.sentence(words, random.int(15, 30))}`,
    themes: random.some(themes, random.int(1, 2)),
    crises: random.some(crises, random.int(0, 1)),
    regions: random.some(regions, random.int(1, 2)),
    createdAt: `${dayOf2022(index)}T09:00:00Z`,
  }));
}

/**
 * Meetings of the working and group levels, each with an assessment and another decision; every
 * other meeting also adopts a statement, whose closed round every confirmed member endorsed.
 */
export function sampleRecord(random: Random, meetingCount: number, acronyms: string[]): { meetings: ReferenceMeeting[]; statements: ReferenceStatement[] } {
  const meetings: ReferenceMeeting[] = [];
  const statements: ReferenceStatement[] = [];
  for (let index = 0; index < meetingCount; index++) {
    const number = 100 + index;
    const date = dayOf2022(index * 7);
    const decisions: ReferenceMeeting['decisions'] = [
      { number: 1, type: 'assessment', title: `Sample assessment of progress (meeting ${number})`, body: random.sentence(words, 14), sources: [] },
      { number: 2, type: 'other', title: `Sample decision on ${random.pick(words)}`, body: random.sentence(words, 14), sources: [] },
    ];
    if (index % 2 === 0) {
      const slug = `sample-statement-${padded(index / 2 + 1)}`;
      statements.push({
        slug,
        kind: random.pick(['joint_statement', 'call_to_action'] as const),
        title: `Sample statement ${padded(index / 2 + 1)} on ${random.pick(words)}`,
        year: 2022,
        summary: `*Sample data.* ${random.sentence(words, 40)}\n\n${random.sentence(words, 40)}`,
        publishedOn: date,
        sources: [],
        endorsementNote: sampleNote,
      });
      decisions.push({ number: 3, type: 'adoption', statement: slug, title: `Adoption of sample statement ${padded(index / 2 + 1)}`, body: null, sources: [] });
    }
    meetings.push({
      level: index % 2 === 0 ? 'working' : 'group',
      number,
      title: `Sample meeting ${number}`,
      date,
      time: null,
      timeZone: 'UTC',
      place: random.pick(cities),
      summary: `${sampleNote} ${random.sentence(words, 20)}`,
      note: null,
      agenda: Array.from({ length: random.int(2, 5) }, () => random.sentence(words, 5)),
      present: random.some(acronyms, random.int(3, 12)),
      sources: [],
      decisions,
    });
  }
  return { meetings, statements };
}

export function sampleLibrary(random: Random, publications: number, events: number, acronyms: string[]): { publications: ReferencePublication[]; events: ReferenceEvent[] } {
  return {
    publications: Array.from({ length: publications }, (_, index) => ({
      kind: random.pick(['paper', 'toolkit', 'contribution'] as const),
      number: null,
      numberUncertain: false,
      title: `Sample publication ${padded(index + 1)} on ${random.sentence(words, 4).slice(0, -1).toLowerCase()}`,
      year: 2022,
      yearUncertain: false,
      summary: `${sampleNote} ${random.sentence(words, 25)}`,
      languages: ['en'],
      url: null,
      note: sampleNote,
      sources: [],
    })),
    events: Array.from({ length: events }, (_, index) => ({
      title: `Sample event ${padded(index + 1)} on ${random.pick(words)}`,
      startsOn: dayOf2022(index * 3 + 1),
      endsOn: null,
      place: random.pick(cities),
      online: random.next() < 0.3,
      organizers: random.some(acronyms, random.int(1, 3)),
      marginsOf: null,
      speakers: [],
      summary: `${sampleNote} ${random.sentence(words, 20)}`,
      note: sampleNote,
      uncertain: false,
      sources: [],
    })),
  };
}
