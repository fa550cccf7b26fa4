/**
 * The report's sections built from the gathered data: paragraphs, tables, claims that link to the
 * record they rest on, and numbered figures. A section without data says so plainly.
 */
import { barChartSpec, columnChartSpec, groupSmallCategories, topCategories, type FigureTable } from '../../lib/figures';
import { textDirection, type Locale, type MessageKey } from '../../lib/i18n';
import { markdownToPlainText } from '../../lib/markdown';
import type * as governance from '../governance/governance.service';
import type { Publication } from '../library/library.schemas';
import type { MemberSummary } from '../members/members.schemas';
import { labelIn, valueLabel, vocabularyName } from '../vocabularies/vocabularies.schemas';
import type { Plan, PlanItem } from '../progress/plan.service';
import type * as progress from '../progress/progress.service';
import type * as statements from '../statements/statements.service';
import { yearOf, type ReportData } from './report.gather';
import { statusName, type Build } from './report.build';
import { acceptedOn, byStrength, evidenceAnchor, progressClaims, updatesCsvHref } from './report.claims';
import {
  bySignificantDecision,
  bySignificantEvent,
  bySignificantMeeting,
  bySignificantPublication,
  capped,
  decisionColumns,
  listCsvHref,
  membersByKind,
  moreDecisions,
  moreEvents,
  moreMeetings,
  morePledges,
  morePublications,
  moreTimeline,
  reportCaps,
} from './report.lists';
import type { Block, Inline, NarrativeKey } from './report.model';

export type { Build };

export type Narratives = Partial<Record<NarrativeKey, string>>;

interface CountedLabel {
  key: string;
  label: string;
  value: number;
}

export function memberHref(member: { slug: string }): string {
  return `/members/${member.slug}`;
}

/**
 * Adds a numbered figure and returns the block that places it. A bar chart of many categories draws
 * the largest ones and one "Others" bar; its full table stays in the CSV, and the figure says so.
 */
function figure(b: Build, sectionId: string, options: { id: string; caption: string; data: CountedLabel[]; axisTitle: string; valueTitle: string; source: string; chart?: 'bar' | 'column' }): Block {
  const bars = options.data.map((datum) => ({ label: datum.label, value: datum.value }));
  const column = options.chart === 'column';
  const grouped = column ? { bars, othersCount: 0, othersValue: 0 } : groupSmallCategories(bars, (count) => b.t('report.figure.others', { count }));
  const layout = { direction: textDirection(b.locale), order: grouped.othersCount > 0 ? ('given' as const) : ('value' as const) };
  const spec = column ? columnChartSpec(bars, options.axisTitle, options.valueTitle, layout) : barChartSpec(grouped.bars, options.axisTitle, options.valueTitle, layout);
  const table: FigureTable = { columns: [options.axisTitle, options.valueTitle], rows: bars.map((bar) => [bar.label, bar.value]) };
  const alt = figureAlt(b, options.caption, column || grouped.othersCount > 0 ? grouped.bars : [...bars].sort((x, y) => y.value - x.value));
  b.figures.push({
    id: options.id,
    number: b.figures.length + 1,
    caption: options.caption,
    alt: grouped.othersCount > 0 ? `${alt} ${groupedNote(b, grouped.bars.length - 1, bars.length)}` : alt,
    spec,
    table,
    ...(grouped.othersCount > 0
      ? { charted: { columns: table.columns, rows: grouped.bars.map((bar) => [bar.label, bar.value]) }, chartedNote: groupedNote(b, grouped.bars.length - 1, bars.length) }
      : {}),
    source: options.source,
    sectionId,
  });
  return { kind: 'figure', figureId: options.id };
}

/** "The 12 largest of 1,002 categories are drawn; the others are one bar. The full table is in the CSV." */
function groupedNote(b: Build, shown: number, total: number): string {
  return b.t('report.figure.grouped', { shown, total });
}

/** What a figure shows, in words, in the report's language: "Caption: A 3, B 2." */
function figureAlt(b: Build, caption: string, bars: { label: string; value: number }[]): string {
  if (bars.length === 0) return b.t('report.figure.noData', { subject: caption });
  const list = new Intl.ListFormat(b.locale, { type: 'unit', style: 'short' }).format(bars.map((bar) => `${bar.label} ${b.fmt.number(bar.value)}`));
  return `${caption}: ${list}.`;
}

/** The language the co-chairs write the narrative sections in. */
export const narrativeSourceLocale: Locale = 'en';

export interface NarrativeText {
  markdown: string;
  locale: Locale;
}

/**
 * The text of a narrative section for a report in `locale`: its translation when there is one, the
 * original otherwise. The one place where a translation is picked (none is stored yet).
 */
export function narrativeInLanguage(narratives: Narratives, key: NarrativeKey, locale: Locale): NarrativeText | null {
  void locale;
  const markdown = narratives[key]?.trim();
  return markdown ? { markdown, locale: narrativeSourceLocale } : null;
}

/** A narrative section's blocks: its text, after a note in the report's language when the text is in another. */
function narrativeBlocks(b: Build, narratives: Narratives, key: NarrativeKey): Block[] {
  const text = narrativeInLanguage(narratives, key, b.locale);
  if (!text) return [];
  if (text.locale === b.locale) return [{ kind: 'markdown', markdown: text.markdown }];
  return [
    { kind: 'note', text: b.t('report.narrative.originalOnly', { language: text.locale }) },
    { kind: 'markdown', markdown: text.markdown, lang: text.locale },
  ];
}

function narrative(b: Build, narratives: Narratives, key: NarrativeKey, emptyKey: MessageKey): Block[] {
  const blocks = narrativeBlocks(b, narratives, key);
  return blocks.length > 0 ? blocks : [{ kind: 'empty', text: b.t(emptyKey, { year: String(b.data.year) }) }];
}

function chairNames(b: Build, term: governance.Term | null): string {
  return term ? new Intl.ListFormat(b.locale, { type: 'conjunction' }).format(term.chairs.map((chair) => chair.acronym)) : '';
}

function yearText(b: Build): { year: string } {
  return { year: String(b.data.year) };
}

/** Sorts partial dates so that a month or a bare year comes after the full dates in it. */
function dateKey(date: string): string {
  return date.length === 10 ? date : `${date}-99`;
}

function partialDate(b: Build, date: string): string {
  return b.fmt.date(date);
}

function plain(markdown: string): string {
  return markdownToPlainText(markdown);
}

/** The ids of items and all items under them (items come in code order: a parent before its children). */
function itemsUnder(plan: Plan, ids: number[]): Set<number> {
  const covered = new Set(ids);
  for (const item of plan.items) if (item.parentId !== null && covered.has(item.parentId)) covered.add(item.id);
  return covered;
}

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

function pledgeCoverage(b: Build, pledge: progress.Pledge): progress.ProgressUpdate[] {
  const plan = b.data.plan;
  const covered = plan
    ? itemsUnder(
        plan,
        pledge.items.map((item) => item.id),
      )
    : new Set<number>();
  return b.data.updates.filter((update) => (update.target.kind === 'pledge' ? update.target.id === pledge.id : covered.has(update.target.id)));
}

export function pledgesSection(b: Build): Block[] {
  const { data, t } = b;
  if (data.pledges.length === 0) {
    const blocks: Block[] = [];
    if (data.priorities.length > 0) {
      blocks.push({ kind: 'paragraph', content: [t('report.pledges.priorities', { year: String(data.year), chairs: chairNames(b, data.term) })] });
      blocks.push({ kind: 'list', ordered: true, items: data.priorities.map((priority) => [priority.title]) });
    }
    blocks.push({ kind: 'empty', text: t('report.pledges.empty', yearText(b)) });
    return blocks;
  }
  if (data.pledges.some((pledge) => pledge.isSample)) b.sample = true;
  const blocks: Block[] = [{ kind: 'paragraph', content: [t('report.pledges.intro', { year: String(data.year), chairs: chairNames(b, data.term), count: data.pledges.length })] }];
  const byStatus = new Map<string, number>();
  for (const pledge of data.pledges) byStatus.set(pledge.progressStatus ?? 'none', (byStatus.get(pledge.progressStatus ?? 'none') ?? 0) + 1);
  blocks.push(
    figure(b, 'pledges', {
      id: 'figure-pledges-status',
      caption: t('report.figure.pledges', yearText(b)),
      data: [...pledgeStatusOrder, 'none']
        .filter((status) => byStatus.has(status))
        .map((status) => ({ key: status, label: status === 'none' ? t('report.pledges.noStatus') : statusName(b, status), value: byStatus.get(status) ?? 0 })),
      axisTitle: t('report.figure.status'),
      valueTitle: t('report.figure.pledges.value'),
      source: t('report.source.pledges'),
    }),
  );
  const supportOf = new Map(data.pledges.map((pledge) => [pledge.id, pledgeCoverage(b, pledge)]));
  const { shown, more } = capped(data.pledges, reportCaps.pledges, (a, c) => (supportOf.get(c.id)?.length ?? 0) - (supportOf.get(a.id)?.length ?? 0) || a.position - c.position || a.id - c.id);
  if (more > 0) blocks.push({ kind: 'paragraph', content: [t('report.pledges.selected', { shown: shown.length, total: data.pledges.length })] });
  for (const pledge of shown) {
    const supporting = supportOf.get(pledge.id) ?? [];
    const inner: Block[] = [
      {
        kind: 'paragraph',
        content: [
          { text: `${t('report.pledges.status')}: `, strong: true },
          pledge.progressStatus ? statusName(b, pledge.progressStatus) : t('report.pledges.noStatus'),
          ...(pledge.items.length > 0 ? [`. ${t('report.pledges.items')}: `, pledge.items.map((item) => `${item.code} ${item.title}`).join('; ')] : []),
          '.',
        ],
      },
    ];
    if (pledge.description) inner.push({ kind: 'paragraph', content: [plain(pledge.description)] });
    if (pledge.progressNote) inner.push({ kind: 'paragraph', content: [plain(pledge.progressNote)] });
    inner.push({ kind: 'heading', content: [t('report.pledges.supporting')] });
    if (supporting.length === 0) inner.push({ kind: 'empty', text: t('report.pledges.supporting.empty') });
    else inner.push(...progressClaims(b, supporting));
    blocks.push({ kind: 'subsection', id: `pledge-${pledge.position}`, title: pledgeTitle(b, pledge), blocks: inner });
  }
  if (more > 0) blocks.push(morePledges(b, more));
  return blocks;
}

function pledgeTitle(b: Build, pledge: progress.Pledge): string {
  return b.t('report.pledges.title', { number: pledge.position, title: pledge.priority?.title ?? pledge.title });
}

/** Every pledge of the term with its status and how many accepted updates support it: the CSV beside the report. */
export function pledgesTable(b: Build): FigureTable {
  const { t } = b;
  return {
    columns: [t('report.knowledge.column.title'), t('report.pledges.status'), t('report.pledges.items'), t('report.figure.updates')],
    rows: b.data.pledges.map((pledge) => [
      pledgeTitle(b, pledge),
      pledge.progressStatus ? statusName(b, pledge.progressStatus) : t('report.pledges.noStatus'),
      pledge.items.map((item) => `${item.code} ${item.title}`).join('; '),
      pledgeCoverage(b, pledge).length,
    ]),
  };
}

/** Up to this many organizations, the table of members' contributions lists every one. */
const contributionRowsInFull = 40;

/** Up to this many tags are named in a working group's paragraph; the rest are counted. */
const tagsNamed = 20;

const pledgeStatusOrder = ['achieved', 'on_track', 'delayed', 'not_started', 'discontinued'];

function leadNames(item: PlanItem): string {
  return item.lead.map((entity) => entity.acronym).join(', ');
}

function updatesOf(b: Build, ids: Set<number>): progress.ProgressUpdate[] {
  return b.data.updates.filter((update) => update.target.kind === 'item' && ids.has(update.target.id));
}

function statusSummary(b: Build, updates: progress.ProgressUpdate[]): string {
  if (updates.length === 0) return b.t('report.plan.noUpdates');
  const counts = new Map<string, number>();
  for (const update of updates) counts.set(update.status, (counts.get(update.status) ?? 0) + 1);
  return pledgeStatusOrder
    .filter((status) => counts.has(status))
    .map((status) => `${statusName(b, status)} ${counts.get(status)}`)
    .join(', ');
}

function formatIndicatorValue(b: Build, value: number | null, type: string, unit: string): string {
  if (value === null) return '—';
  if (type === 'yes_no') return value === 1 ? b.t('report.plan.yes') : b.t('report.plan.no');
  return type === 'percentage' ? `${b.fmt.number(value)} %` : `${b.fmt.number(value)} ${unit}`;
}

type IndicatorSeries = ReportData['indicators'][number];

function indicatorsUnder(b: Build, under: Set<number>): IndicatorSeries[] {
  return b.data.indicators.filter((entry) => under.has(entry.item.id)).sort((a, c) => a.item.code.localeCompare(c.item.code, 'en', { numeric: true }) || a.indicator.id - c.indicator.id);
}

/** Baseline, target, actual and whether it was met, in the year of the report. */
function indicatorCells(b: Build, entry: IndicatorSeries): string[] {
  const { t } = b;
  const point = entry.points.find((candidate) => candidate.year === b.data.year);
  const { type, unit } = entry.indicator;
  const met = point?.met === true ? t('report.plan.met') : point?.met === false ? t('report.plan.notMet') : t('report.plan.unknown');
  return [
    formatIndicatorValue(b, entry.baseline, type, unit),
    formatIndicatorValue(b, point?.target ?? null, type, unit),
    point?.actual === null || point?.actual === undefined ? t('report.plan.noValue') : `${formatIndicatorValue(b, point.actual, type, unit)} (${t('report.plan.reports', { count: point.reports })})`,
    met,
  ];
}

function indicatorTable(b: Build, objective: PlanItem, under: Set<number>): Block | null {
  const series = indicatorsUnder(b, under);
  if (series.length === 0) return null;
  const { t } = b;
  return {
    kind: 'table',
    caption: t('report.plan.indicators.caption', { code: objective.code, year: String(b.data.year) }),
    columns: [t('report.plan.column.indicator'), t('report.plan.column.baseline'), t('report.plan.column.target'), t('report.plan.column.actual'), t('report.plan.column.met')],
    rows: series.map((entry) => [`${entry.item.code} ${entry.indicator.name}`, ...indicatorCells(b, entry)]),
  };
}

function activeItemsBelowObjectives(plan: Plan): PlanItem[] {
  return plan.items.filter((item) => item.level !== 'objective' && !item.retired);
}

/** A large plan's tables of outputs, activities and indicators would grow with it: each objective is then summarised by its outputs. */
function planIsSummarised(b: Build, plan: Plan): boolean {
  const items = activeItemsBelowObjectives(plan);
  const ids = new Set(items.map((item) => item.id));
  return items.length > reportCaps.planItems.inFull || b.data.indicators.filter((entry) => ids.has(entry.item.id)).length > reportCaps.planIndicators.inFull;
}

function planSummaryParagraph(b: Build, plan: Plan): Block {
  const items = activeItemsBelowObjectives(plan);
  const ids = new Set(items.map((item) => item.id));
  const indicators = b.data.indicators.filter((entry) => ids.has(entry.item.id)).length;
  return {
    kind: 'paragraph',
    content: [b.t('report.plan.summarised', { items: items.length, indicators }), ' ', { text: b.t('report.list.plan', { year: String(b.data.year) }), href: listCsvHref(b, 'plan') }, '.'],
  };
}

/** One row per part directly under the objective (its outputs): how many items and indicators it holds, their accepted progress and the targets met. */
function objectiveSummaryTable(b: Build, plan: Plan, objective: PlanItem): Block {
  const { t } = b;
  const parts = plan.items.filter((item) => item.parentId === objective.id && !item.retired);
  return {
    kind: 'table',
    caption: t('report.plan.outputs.caption', { code: objective.code, year: String(b.data.year) }),
    columns: [t('report.plan.column.item'), t('report.plan.column.lead'), t('report.plan.column.activities'), t('report.plan.column.status'), t('report.plan.column.indicatorsMet')],
    rows: parts.map((part) => {
      const under = itemsUnder(plan, [part.id]);
      const below = plan.items.filter((item) => item.id !== part.id && under.has(item.id) && !item.retired).length;
      const series = indicatorsUnder(b, under);
      const met = series.filter((entry) => entry.points.find((point) => point.year === b.data.year)?.met === true).length;
      return [`${part.code} ${part.title}`, leadNames(part), below, statusSummary(b, updatesOf(b, under)), t('report.plan.indicatorsMet', { met, total: series.length })];
    }),
  };
}

/** The whole plan, one row per indicator (an item without one has a row of its own): the CSV beside the report. */
export function planTable(b: Build): FigureTable {
  const { t } = b;
  const plan = b.data.plan;
  const columns = [
    t('report.plan.column.item'),
    t('report.plan.column.level'),
    t('report.plan.column.lead'),
    t('report.plan.column.status'),
    t('report.plan.column.indicator'),
    t('report.plan.column.baseline'),
    t('report.plan.column.target'),
    t('report.plan.column.actual'),
    t('report.plan.column.met'),
  ];
  if (!plan) return { columns, rows: [] };
  const rows = plan.items
    .filter((item) => !item.retired)
    .flatMap((item) => {
      const itemCells = [`${item.code} ${item.title}`, t(`report.plan.level.${item.level}` as MessageKey), leadNames(item), statusSummary(b, updatesOf(b, itemsUnder(plan, [item.id])))];
      const series = indicatorsUnder(b, new Set([item.id]));
      return series.length === 0 ? [[...itemCells, '', '', '', '', '']] : series.map((entry) => [...itemCells, entry.indicator.name, ...indicatorCells(b, entry)]);
    });
  return { columns, rows };
}

export function planSection(b: Build): Block[] {
  const { data, t } = b;
  const plan = data.plan;
  if (!plan) return [{ kind: 'empty', text: t('report.plan.empty', yearText(b)) }];
  if (plan.isSample) b.sample = true;
  const objectives = plan.items.filter((item) => item.level === 'objective' && !item.retired);
  const blocks: Block[] = [
    { kind: 'paragraph', content: [t('report.plan.intro', { title: plan.title, start: String(plan.periodStart), end: String(plan.periodEnd), count: data.updates.length, year: String(data.year) })] },
  ];
  if (plan.isSample) blocks.push({ kind: 'note', text: t('report.plan.sample') });
  if (data.updates.length === 0) blocks.push({ kind: 'empty', text: t('report.plan.noProgress', yearText(b)) });
  else {
    blocks.push(
      figure(b, 'plan', {
        id: 'figure-progress-objectives',
        caption: t('report.figure.objectives', yearText(b)),
        data: objectives.map((objective) => ({ key: objective.code, label: `${objective.code}. ${objective.title}`, value: updatesOf(b, itemsUnder(plan, [objective.id])).length })),
        axisTitle: t('report.figure.objective'),
        valueTitle: t('report.figure.updates'),
        source: t('report.source.updates'),
      }),
    );
    const byStatus = new Map<string, number>();
    for (const update of data.updates) byStatus.set(update.status, (byStatus.get(update.status) ?? 0) + 1);
    blocks.push(
      figure(b, 'plan', {
        id: 'figure-progress-status',
        caption: t('report.figure.updateStatus', yearText(b)),
        data: pledgeStatusOrder.filter((status) => byStatus.has(status)).map((status) => ({ key: status, label: statusName(b, status), value: byStatus.get(status) ?? 0 })),
        axisTitle: t('report.figure.status'),
        valueTitle: t('report.figure.updates'),
        source: t('report.source.updates'),
      }),
    );
  }
  const summarised = planIsSummarised(b, plan);
  if (summarised) blocks.push(planSummaryParagraph(b, plan));
  for (const objective of objectives) {
    const under = itemsUnder(plan, [objective.id]);
    const items = plan.items.filter((item) => item.id !== objective.id && under.has(item.id) && !item.retired);
    const inner: Block[] = [];
    if (objective.description) inner.push({ kind: 'paragraph', content: [plain(objective.description)] });
    if (summarised) inner.push(objectiveSummaryTable(b, plan, objective));
    else {
      inner.push({
        kind: 'table',
        caption: t('report.plan.items.caption', { code: objective.code }),
        columns: [t('report.plan.column.item'), t('report.plan.column.level'), t('report.plan.column.lead'), t('report.plan.column.status')],
        rows: items.map((item) => [`${item.code} ${item.title}`, t(`report.plan.level.${item.level}` as MessageKey), leadNames(item), statusSummary(b, updatesOf(b, itemsUnder(plan, [item.id])))]),
      });
      const indicators = indicatorTable(b, objective, under);
      if (indicators) inner.push(indicators);
    }
    const updates = updatesOf(b, under);
    inner.push({ kind: 'heading', content: [t('report.plan.progress')] });
    if (updates.length === 0) inner.push({ kind: 'empty', text: t('report.plan.objective.empty', yearText(b)) });
    else inner.push(...progressClaims(b, updates));
    blocks.push({ kind: 'subsection', id: `objective-${objective.code.replace(/\W+/g, '-')}`, title: t('report.plan.objective', { code: objective.code, title: objective.title }), blocks: inner });
  }
  return blocks;
}

export function crisesSection(b: Build, narratives: Narratives): Block[] {
  const { data, t } = b;
  const blocks: Block[] = [...narrativeBlocks(b, narratives, 'crises')];
  if (data.groups.length === 0) {
    blocks.push({ kind: 'empty', text: t('report.crises.empty', yearText(b)) });
    return blocks;
  }
  for (const { group, posts } of data.groups) {
    const inner: Block[] = [{ kind: 'paragraph', content: [{ text: `${t(`groups.kind.${group.kind}` as MessageKey)}. `, strong: true }, group.mandate] }];
    if (group.formedOn || group.formedReason) {
      const formed = group.formedReason ?? t('report.crises.formed', { date: b.fmt.date(group.formedOn ?? '') });
      // A reason with no public source is a plain paragraph: never an empty "()" after it.
      inner.push(
        group.sources.length > 0
          ? { kind: 'claim', content: [formed], sources: group.sources.map((href, index) => ({ label: t('report.source.public', { number: index + 1 }), href })) }
          : { kind: 'paragraph', content: [formed] },
      );
    }
    inner.push({ kind: 'paragraph', content: [groupMembersText(b, group.members)] });
    if (posts.total === 0) inner.push({ kind: 'empty', text: t('report.crises.noPosts', { year: String(data.year), name: group.name }) });
    else {
      if (posts.anySample) {
        b.sample = true;
        inner.push({ kind: 'note', text: t('report.crises.sample') });
      }
      const byEntity = new Map<string, number>();
      for (const { acronym, count } of posts.byEntity) {
        const name = acronym ?? t('report.crises.unknownEntity');
        byEntity.set(name, (byEntity.get(name) ?? 0) + count);
      }
      const tags = posts.tags;
      inner.push({
        kind: 'paragraph',
        content: [
          t('report.crises.posts', { count: posts.total, year: String(data.year), entities: byEntity.size }),
          ...(tags.length > 0 ? [' ', t('report.crises.tags', { tags: tagList(b, tags) })] : []),
        ],
      });
      inner.push(
        figure(b, 'crises', {
          id: `figure-group-${group.slug}`,
          caption: t('report.figure.groupPosts', { name: group.name, year: String(data.year) }),
          data: [...byEntity].sort((x, y) => x[0].localeCompare(y[0])).map(([entity, count]) => ({ key: entity, label: entity, value: count })),
          axisTitle: t('report.figure.organization'),
          valueTitle: t('report.figure.posts'),
          source: t('report.source.posts', { name: group.name }),
        }),
      );
    }
    blocks.push({ kind: 'subsection', id: `group-${group.slug}`, title: group.name, blocks: inner });
  }
  return blocks;
}

/** A working group's members, named; counted only, when there are more than a paragraph can name. */
function groupMembersText(b: Build, members: { acronym: string }[]): string {
  if (members.length === 0) return b.t('report.crises.membersUnknown');
  if (members.length > reportCaps.namedOrganizations.inFull) return b.t('report.crises.membersCounted', { count: members.length });
  return b.t('report.crises.members', { count: members.length, names: members.map((member) => member.acronym).join(', ') });
}

function tagList(b: Build, tags: string[]): string {
  if (tags.length <= tagsNamed) return tags.join(', ');
  return `${tags.slice(0, tagsNamed).join(', ')} ${b.t('report.crises.moreTags', { count: tags.length - tagsNamed })}`;
}

function meetingsTable(b: Build): Block[] {
  const { data, t } = b;
  const decisionsAt = new Map<number, number>();
  for (const decision of data.decisions) decisionsAt.set(decision.meetingId, (decisionsAt.get(decision.meetingId) ?? 0) + 1);
  const { shown, more } = capped(data.meetings, reportCaps.meetings, bySignificantMeeting(decisionsAt));
  return [
    ...(more > 0 ? [{ kind: 'paragraph' as const, content: [t('report.meetings.selected', { shown: shown.length, total: data.meetings.length })] }] : []),
    {
      kind: 'table',
      caption: t('report.meetings.caption', yearText(b)),
      columns: [t('report.glance.column.date'), t('report.meetings.column.meeting'), t('report.meetings.column.level'), t('report.meetings.column.decisions')],
      rows: shown.map((meeting) => [b.fmt.date(meeting.startsOn), { text: meeting.title, href: meeting.url }, t(`meetings.level.${meeting.level}` as MessageKey), decisionsAt.get(meeting.id) ?? 0]),
    },
    ...(more > 0 ? [moreMeetings(b, more)] : []),
  ];
}

export function meetingsSection(b: Build): Block[] {
  const { data, t } = b;
  if (data.meetings.length === 0 && data.decisions.length === 0) return [{ kind: 'empty', text: t('report.meetings.empty', yearText(b)) }];
  const blocks: Block[] = data.meetings.length > 0 ? meetingsTable(b) : [{ kind: 'empty', text: t('report.meetings.noMeetings', yearText(b)) }];
  blocks.push({ kind: 'heading', content: [t('report.meetings.decisions')] });
  if (data.decisions.length === 0) blocks.push({ kind: 'empty', text: t('report.annex.decisions.empty', yearText(b)) });
  const { shown, more } = capped(data.decisions, reportCaps.decisions, bySignificantDecision);
  if (more > 0) blocks.push({ kind: 'paragraph', content: [t('report.decisions.selected', { shown: shown.length, total: data.decisions.length })] });
  for (const decision of shown) {
    blocks.push({
      kind: 'claim',
      content: [
        { text: `${decision.reference} `, strong: true },
        decision.title,
        ` (${t(`decisions.type.${decision.type}` as MessageKey)}, ${b.fmt.date(decision.decidedOn)}).`,
        ...(decision.body ? [' ', plain(decision.body)] : []),
      ],
      sources: [{ label: decision.meetingTitle, href: decision.url }],
    });
  }
  if (more > 0) blocks.push(moreDecisions(b, more));
  return blocks;
}

function endorsersText(b: Build, statement: statements.PublishedStatementDetail): Inline[] {
  const endorsement = statement.endorsement;
  if (!endorsement) return [b.t('report.statements.noEndorsement')];
  const named = [...endorsement.endorsers, ...endorsement.silentConsent].sort((a, c) => a.acronym.localeCompare(c.acronym));
  const total = named.length + endorsement.unnamed;
  // Hundreds of acronyms make no sentence: a large group's endorsers are counted here and named on the statement's page.
  if (named.length > reportCaps.namedOrganizations.inFull)
    return [b.t('report.statements.endorsedCounted', { count: total }), ' ', { text: b.t('report.statements.endorsersPage'), href: statement.url }, '.'];
  const parts: Inline[] = [b.t('report.statements.endorsed', { count: total })];
  named.forEach((member, index) => {
    parts.push(index === 0 ? ' ' : ', ');
    parts.push({ text: member.acronym, href: memberHref(member) });
  });
  if (endorsement.unnamed > 0) parts.push(b.t('report.statements.unnamed', { count: endorsement.unnamed }));
  parts.push('.');
  return parts;
}

export function statementsSection(b: Build): Block[] {
  const { data, t } = b;
  if (data.statements.length === 0) return [{ kind: 'empty', text: t('report.statements.empty', yearText(b)) }];
  const blocks: Block[] = [];
  for (const statement of data.statements) {
    if (statement.isSample) b.sample = true;
    const inner: Block[] = [
      {
        kind: 'claim',
        content: [
          { text: `${t(`statement.kind.${statement.kind}` as MessageKey)}. `, strong: true },
          t('report.statements.published', { date: b.fmt.date(statement.publishedOn) }),
          ...(statement.adoption ? [' ', t('report.statements.adopted', { reference: statement.adoption.reference, meeting: statement.adoption.meeting.title })] : []),
        ],
        sources: [{ label: statement.title, href: statement.url }, ...(statement.adoption ? [{ label: statement.adoption.reference, href: statement.adoption.url }] : [])],
      },
    ];
    if (statement.isSummary) inner.push({ kind: 'note', text: t('report.statements.summary') });
    inner.push({ kind: 'paragraph', content: endorsersText(b, statement) });
    if (statement.endorsement?.publicNote) inner.push({ kind: 'paragraph', content: [{ text: statement.endorsement.publicNote, em: true }] });
    blocks.push({ kind: 'subsection', id: `statement-${statement.slug}`, title: statement.title, blocks: inner });
  }
  blocks.push(
    figure(b, 'statements', {
      id: 'figure-statement-endorsers',
      caption: t('report.figure.endorsers', yearText(b)),
      data: data.statements.map((statement) => ({
        key: statement.slug,
        label: statement.title,
        value: statement.endorsement ? statement.endorsement.endorsers.length + statement.endorsement.silentConsent.length + statement.endorsement.unnamed : 0,
      })),
      axisTitle: t('report.figure.statement'),
      valueTitle: t('report.figure.endorsers.value'),
      source: t('report.source.endorsements'),
    }),
  );
  return blocks;
}

function publicationLabel(b: Build, publication: Publication): string {
  const kind = b.t(`publication.kind.${publication.kind}` as MessageKey);
  return publication.number === null ? kind : `${kind} ${publication.number}${publication.numberUncertain ? '?' : ''}`;
}

export function knowledgeSection(b: Build): Block[] {
  const { data, t } = b;
  if (data.publications.length === 0 && data.events.length === 0) return [{ kind: 'empty', text: t('report.knowledge.empty', yearText(b)) }];
  const listed = capped(data.publications, reportCaps.publications, bySignificantPublication);
  const publications: Block[] =
    data.publications.length === 0
      ? [{ kind: 'empty', text: t('report.knowledge.noPublications', yearText(b)) }]
      : [
          ...(listed.more > 0 ? [{ kind: 'paragraph' as const, content: [t('report.knowledge.publications.selected', { shown: listed.shown.length, total: data.publications.length })] }] : []),
          {
            kind: 'table',
            caption: t('report.knowledge.publications.caption', yearText(b)),
            columns: [t('report.knowledge.column.title'), t('report.knowledge.column.kind'), t('report.knowledge.column.year')],
            rows: listed.shown.map((publication) => [
              { text: publication.title, href: `/publications/${publication.slug}` },
              publicationLabel(b, publication),
              publication.year === null ? '' : `${publication.year}${publication.yearUncertain ? ` (${t('report.knowledge.uncertain')})` : ''}`,
            ]),
          },
          ...(listed.more > 0 ? [morePublications(b, listed.more)] : []),
        ];
  const held = capped(data.events, reportCaps.events, bySignificantEvent);
  const events: Block[] =
    data.events.length === 0
      ? [{ kind: 'empty', text: t('report.knowledge.noEvents', yearText(b)) }]
      : held.shown.map((event) => ({
          kind: 'claim' as const,
          content: [
            { text: `${b.fmt.date(event.startsOn)}${event.endsOn && event.endsOn !== event.startsOn ? `–${b.fmt.date(event.endsOn)}` : ''}: `, strong: true },
            event.title,
            ...(event.marginsOf ? [` (${t('report.knowledge.marginsOf', { name: event.marginsOf })})`] : []),
            ...(event.place ? [`, ${event.place}`] : []),
            '.',
            ...(event.summary ? [' ', event.summary] : []),
          ],
          sources: [{ label: t('report.source.event'), href: `/events/${event.slug}` }],
        }));
  if (held.more > 0) events.unshift({ kind: 'paragraph', content: [t('report.knowledge.events.selected', { shown: held.shown.length, total: data.events.length })] });
  if (held.more > 0) events.push(moreEvents(b, held.more));
  return [
    { kind: 'subsection', id: 'knowledge-publications', title: t('report.knowledge.publications'), blocks: publications },
    { kind: 'subsection', id: 'knowledge-events', title: t('report.knowledge.events'), blocks: events },
  ];
}

function contributionsBlocks(b: Build): Block[] {
  const { data, t } = b;
  if (data.updates.length === 0) return [{ kind: 'empty', text: t('report.members.contributions.empty', yearText(b)) }];
  const byEntity = new Map<string, { member: MemberSummary; updates: number; items: Set<string> }>();
  for (const update of data.updates) {
    const entry = byEntity.get(update.entity.acronym) ?? { member: update.entity, updates: 0, items: new Set<string>() };
    entry.updates += 1;
    entry.items.add(update.target.code ?? update.target.title);
    byEntity.set(update.entity.acronym, entry);
  }
  const rows = [...byEntity.values()].sort((a, c) => a.member.acronym.localeCompare(c.member.acronym));
  // A large group's table lists the organizations that reported most; every update is in the annex's CSV.
  const listed = rows.length > contributionRowsInFull ? [...rows].sort((a, c) => c.updates - a.updates || a.member.acronym.localeCompare(c.member.acronym)).slice(0, topCategories) : rows;
  const posts = new Map<string, number>();
  for (const { posts: tally } of data.groups) for (const { acronym, count } of tally.byEntity) if (acronym) posts.set(acronym, (posts.get(acronym) ?? 0) + count);
  return [
    { kind: 'paragraph', content: [t('report.members.contributions.intro', { count: byEntity.size, updates: data.updates.length, year: String(data.year) })] },
    figure(b, 'members', {
      id: 'figure-updates-by-member',
      caption: t('report.figure.contributions', yearText(b)),
      data: rows.map((row) => ({ key: row.member.acronym, label: row.member.acronym, value: row.updates })),
      axisTitle: t('report.figure.organization'),
      valueTitle: t('report.figure.updates'),
      source: t('report.source.updates'),
    }),
    {
      kind: 'table',
      caption: t('report.members.contributions.caption', yearText(b)),
      columns: [t('report.figure.organization'), t('report.members.column.updates'), t('report.members.column.items'), t('report.members.column.posts')],
      rows: listed.map((row) => [
        { text: row.member.acronym, href: memberHref(row.member) },
        row.updates,
        [...row.items].sort((x, y) => x.localeCompare(y, 'en', { numeric: true })).join(', '),
        posts.get(row.member.acronym) ?? 0,
      ]),
    },
    ...(listed.length < rows.length
      ? [
          {
            kind: 'paragraph' as const,
            content: [t('report.members.contributions.more', { shown: listed.length, count: rows.length - listed.length }), ' (', { text: t('report.claims.annex'), href: updatesCsvHref(b) }, ').'],
          },
        ]
      : []),
  ];
}

export function membersSection(b: Build): Block[] {
  const { data, t } = b;
  const blocks: Block[] = [{ kind: 'subsection', id: 'members-contributions', title: t('report.members.contributions'), blocks: contributionsBlocks(b) }];
  if (data.membershipCounts.length > 0) {
    blocks.push({
      kind: 'subsection',
      id: 'members-growth',
      title: t('report.members.growth'),
      blocks: [
        figure(b, 'members', {
          id: 'figure-membership',
          caption: t('report.figure.membership', yearText(b)),
          data: data.membershipCounts.map((point) => ({ key: point.asOf, label: shortDate(b, point.asOf), value: point.count })),
          axisTitle: t('report.figure.membership.axis'),
          valueTitle: t('report.figure.membership.value'),
          source: t('report.source.membership'),
          chart: 'column',
        }),
      ],
    });
  }
  const mapped = data.mapping.entities.length;
  const mappingBlocks: Block[] = [];
  if (mapped === 0) mappingBlocks.push({ kind: 'empty', text: t('report.mapping.empty') });
  else {
    mappingBlocks.push({ kind: 'paragraph', content: [t('report.mapping.intro', { count: mapped })] });
    if (data.mapping.anySample) {
      b.sample = true;
      mappingBlocks.push({ kind: 'note', text: t('report.mapping.sample') });
    }
    for (const dimension of data.mapping.dimensions.filter((candidate) => candidate.charted)) {
      const name = vocabularyName(dimension, b.locale);
      const counts = data.mapping.counts[dimension.code] ?? [];
      // A dimension no organization has data for says so in a sentence rather than drawing an empty chart.
      if (counts.every((entry) => entry.count === 0)) {
        mappingBlocks.push({ kind: 'empty', text: t('vocabularies.figure.noData', { dimension: name }) });
        continue;
      }
      mappingBlocks.push(
        figure(b, 'members', {
          id: `figure-mapping-${dimension.code}`,
          caption: labelIn(dimension.captions, b.locale, '') || t('vocabularies.figure.caption', { dimension: name }),
          data: counts.map((entry) => ({ key: entry.value, label: valueLabel(dimension, entry.value, b.locale), value: entry.count })),
          axisTitle: name,
          valueTitle: t('mapping.figure.valueTitle'),
          source: t('report.source.mapping'),
        }),
      );
    }
  }
  blocks.push({ kind: 'subsection', id: 'members-mapping', title: t('report.members.mapping'), blocks: mappingBlocks });
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

function memberTable(b: Build): Block {
  const { data, t } = b;
  return {
    kind: 'table',
    caption: t('report.annex.members.caption', { count: data.members.length }),
    columns: [t('members.column.acronym'), t('members.column.name'), t('members.column.kind'), t('members.column.joined')],
    rows: data.members.map((member) => [
      { text: member.acronym, href: memberHref(member) },
      member.name,
      valueLabel(data.kinds, member.kind, b.locale),
      member.joinedYear === null ? '' : String(member.joinedYear),
    ]),
  };
}

export function memberAnnex(b: Build): Block[] {
  const { data, t } = b;
  if (data.members.length === 0) return [{ kind: 'empty', text: t('report.annex.members.empty') }];
  // A large group's member list is a CSV beside the report: the annex counts them by kind.
  const blocks: Block[] = data.members.length > reportCaps.members.inFull ? membersByKind(b) : [memberTable(b)];
  if (data.reportedMembership && data.reportedMembership.count > data.members.length) {
    blocks.push({ kind: 'note', text: t('report.annex.members.incomplete', { reported: data.reportedMembership.count, listed: data.members.length }) });
  }
  return blocks;
}

export function decisionsAnnex(b: Build): Block[] {
  const { data, t } = b;
  if (data.decisions.length === 0) return [{ kind: 'empty', text: t('report.annex.decisions.empty', yearText(b)) }];
  const { shown, more } = capped(data.decisions, reportCaps.decisions, bySignificantDecision);
  return [
    ...(more > 0
      ? [
          {
            kind: 'paragraph' as const,
            content: [
              t('report.annex.decisions.selected', { shown: shown.length, total: data.decisions.length }),
              ' ',
              { text: t('report.list.decisions', yearText(b)), href: listCsvHref(b, 'decisions') },
              '.',
            ],
          },
        ]
      : []),
    {
      kind: 'table',
      caption: t('report.annex.decisions.caption', yearText(b)),
      columns: decisionColumns(b),
      rows: shown.map((decision) => [
        { text: decision.reference, href: decision.url },
        decision.title,
        t(`decisions.type.${decision.type}` as MessageKey),
        b.fmt.date(decision.decidedOn),
        decision.meetingTitle,
      ]),
    },
    ...(more > 0 ? [moreDecisions(b, more)] : []),
  ];
}

/**
 * The public summary of each accepted update the report cites: what was done, by whom, on which plan
 * item or pledge, with which status, and when it was accepted. Nothing else of the update (its files,
 * its history, the review comments) leaves the workspace.
 */
export function evidenceAnnex(b: Build): Block[] {
  const { t } = b;
  const cited = [...b.cited.values()].sort((x, y) => x.id - y.id);
  const all: Block[] =
    b.data.updates.length === 0
      ? []
      : [
          {
            kind: 'paragraph',
            content: [t('report.annex.evidence.all', { count: b.data.updates.length, year: String(b.data.year) }), ' ', { text: t('report.annex.evidence.csv'), href: updatesCsvHref(b) }, '.'],
          },
        ];
  if (cited.length === 0) return [...all, { kind: 'empty', text: t('report.annex.evidence.empty') }];
  const { shown, more } = capped(cited, reportCaps.evidence, byStrength);
  if (more > 0) pointToCsv(b, cited, shown);
  return [
    ...all,
    { kind: 'paragraph', content: [t('report.annex.evidence.intro')] },
    ...(more > 0 ? [{ kind: 'paragraph', content: [t('report.annex.evidence.selected', { shown: shown.length, total: cited.length })] } satisfies Block] : []),
    ...shown.map((update): Block => {
      const target = update.target.code ? `${update.target.code} ${update.target.title}` : update.target.title;
      return {
        kind: 'subsection',
        id: evidenceAnchor(update),
        title: t('report.source.update', { id: update.id, entity: update.entity.acronym, date: acceptedOn(b, update) }),
        blocks: [
          {
            kind: 'paragraph',
            content: [t('report.annex.evidence.facts', { entity: `${update.entity.name} (${update.entity.acronym})`, target, status: statusName(b, update.status), period: update.period.label })],
          },
          update.narrative.trim() ? { kind: 'markdown', markdown: update.narrative } : { kind: 'empty', text: t('report.annex.evidence.noNarrative') },
        ],
      };
    }),
  ];
}

/** The claims citing an update whose summary the annex leaves out link to the CSV of every update instead. */
function pointToCsv(b: Build, cited: progress.ProgressUpdate[], shown: progress.ProgressUpdate[]): void {
  const kept = new Set(shown.map((update) => update.id));
  for (const update of cited) {
    if (kept.has(update.id)) continue;
    for (const source of b.citations.get(update.id) ?? []) source.href = updatesCsvHref(b);
  }
}

export function figureAnnex(b: Build): Block[] {
  if (b.figures.length === 0) return [{ kind: 'empty', text: b.t('report.annex.figures.empty') }];
  return b.figures.map((item) => ({ kind: 'figure-data', figureId: item.id }));
}

/** A partial date short enough for an axis: '2018', 'Dec 2022'. */
function shortDate(b: Build, asOf: string): string {
  const month = new Intl.DateTimeFormat(b.locale === 'en' ? 'en-GB' : b.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return /^\d{4}-\d{2}/.test(asOf) ? month.format(new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`)) : asOf.slice(0, 4);
}
