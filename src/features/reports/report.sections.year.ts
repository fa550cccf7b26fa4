/**
 * The parts of the report about the year and its governance: the co-chairs' foreword, the year at a
 * glance with its timeline, and the outlook (the next co-chairs and their priorities).
 */
import type { MessageKey } from '../../lib/i18n';
import { yearOf } from './report.gather';
import type { Build } from './report.build';
import { figure, type CountedLabel } from './report.figure-blocks';
import { capped, moreTimeline, reportCaps } from './report.lists';
import type { Block, Inline } from './report.model';
import { narrative, narrativeBlocks, type Narratives } from './report.narratives';
import { dateKey, memberHref, partialDate, yearText } from './report.section-helpers';

export function forewordSection(b: Build, narratives: Narratives): Block[] {
  return narrative(b, narratives, 'foreword', 'report.foreword.empty');
}

interface TimelineEntry {
  date: string;
  kind: string;
  title: string;
  /** Lower is more significant: what a large group's timeline keeps (statements, new groups, principal meetings, other meetings, events). */
  weight: number;
  /** A public page only: a working group's page is for its members, so its entry is not a link. */
  href: string | null;
}

function timeline(b: Build): TimelineEntry[] {
  const { data, t } = b;
  const entries: TimelineEntry[] = [
    ...data.meetings.map((meeting) => ({ date: meeting.startsOn, kind: t('report.timeline.meeting'), title: meeting.title, href: meeting.url, weight: meeting.level === 'principal' ? 2 : 3 })),
    ...data.statements.map((statement) => ({ date: statement.publishedOn, kind: t(`statement.kind.${statement.kind}` as MessageKey), title: statement.title, href: statement.url, weight: 0 })),
    ...data.events.map((event) => ({ date: event.startsOn, kind: t('report.timeline.event'), title: event.title, href: `/events/${event.slug}`, weight: 4 })),
    ...data.groups
      .filter(({ group }) => yearOf(group.formedOn) === data.year)
      .map(({ group }) => ({ date: group.formedOn ?? String(data.year), kind: t('report.timeline.group'), title: t('report.timeline.groupFormed', { name: group.name }), href: null, weight: 1 })),
  ];
  return entries.sort((a, c) => dateKey(a.date).localeCompare(dateKey(c.date)) || a.title.localeCompare(c.title));
}

export function atAGlanceSection(b: Build): Block[] {
  const { data, t } = b;
  const counts: CountedLabel[] = [
    { key: 'members', label: t('report.glance.members'), value: data.members.length },
    { key: 'meetings', label: t('report.glance.meetings'), value: data.meetings.length },
    { key: 'decisions', label: t('report.glance.decisions'), value: data.decisions.length },
    { key: 'statements', label: t('report.glance.statements'), value: data.statements.length },
    { key: 'publications', label: t('report.glance.publications'), value: data.publications.length },
    { key: 'events', label: t('report.glance.events'), value: data.events.length },
  ];
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: [
        t('report.glance.intro', { year: String(data.year), listed: data.members.length }),
        ...(data.reportedMembership ? [' ', t('report.glance.reported', { count: data.reportedMembership.count, asOf: b.fmt.date(data.reportedMembership.asOf) })] : []),
        ' ',
        t('report.glance.activity', {
          meetings: data.meetings.length,
          decisions: data.decisions.length,
          statements: data.statements.length,
          publications: data.publications.length,
          events: data.events.length,
        }),
      ],
    },
    figure(b, 'at-a-glance', {
      id: 'figure-year-in-numbers',
      caption: t('report.figure.glance', yearText(b)),
      data: counts,
      axisTitle: t('report.figure.glance.axis'),
      valueTitle: t('report.figure.count'),
      source: t('report.source.platform'),
    }),
  ];
  const entries = timeline(b);
  const { shown, more } = capped(entries, reportCaps.timeline, (a, c) => a.weight - c.weight || dateKey(a.date).localeCompare(dateKey(c.date)) || a.title.localeCompare(c.title));
  const timelineBlocks: Block[] =
    entries.length === 0
      ? [{ kind: 'empty', text: t('report.glance.timeline.empty', yearText(b)) }]
      : [
          ...(more > 0 ? [{ kind: 'paragraph' as const, content: [t('report.glance.timeline.selected', { shown: shown.length, total: entries.length })] }] : []),
          {
            kind: 'table',
            caption: t('report.glance.timeline.caption', yearText(b)),
            columns: [t('report.glance.column.date'), t('report.glance.column.what'), t('report.glance.column.kind')],
            rows: shown.map((entry) => [partialDate(b, entry.date), entry.href ? { text: entry.title, href: entry.href } : entry.title, entry.kind]),
          },
          ...(more > 0 ? [moreTimeline(b, more)] : []),
        ];
  blocks.push({ kind: 'subsection', id: 'at-a-glance-timeline', title: t('report.glance.timeline'), blocks: timelineBlocks });
  return blocks;
}

export function outlookSection(b: Build, narratives: Narratives): Block[] {
  const { data, t } = b;
  const blocks: Block[] = [...narrativeBlocks(b, narratives, 'outlook')];
  const next = { next: String(data.year + 1) };
  if (!data.nextTerm) {
    blocks.push({ kind: 'empty', text: t('report.outlook.empty', next) });
    return blocks;
  }
  const chairs: Inline[] = [];
  const nextChairs = data.nextTerm.chairs;
  nextChairs.forEach((chair, index) => {
    if (index > 0) chairs.push(index === nextChairs.length - 1 ? t('report.and') : ', ');
    chairs.push({ text: `${chair.name} (${chair.acronym})`, href: memberHref(chair) });
  });
  const endorsed = data.nextTerm.endorsedOn ? t('report.outlook.endorsedOn', { date: b.fmt.date(data.nextTerm.endorsedOn) }) : '';
  const endorsement = data.decisions.find((decision) => decision.type === 'endorsement_cochairs' && decision.termYear === data.year + 1);
  const sentence: Inline[] = [t('report.outlook.chairs', next), ...chairs, `${endorsed}.`];
  blocks.push(endorsement ? { kind: 'claim', content: sentence, sources: [{ label: endorsement.reference, href: endorsement.url }] } : { kind: 'paragraph', content: sentence });
  if (data.nextPriorities.length > 0) {
    blocks.push({ kind: 'paragraph', content: [t('report.outlook.priorities', next)] });
    blocks.push({ kind: 'list', ordered: true, items: data.nextPriorities.map((priority) => [priority.title]) });
  } else blocks.push({ kind: 'empty', text: t('report.outlook.priorities.empty', next) });
  return blocks;
}
