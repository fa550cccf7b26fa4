/**
 * The parts of the report about the Plan of Action and the progress made on it: the co-chairs'
 * pledges with the updates that support them, and each objective of the plan with its outputs,
 * indicators and accepted progress (summarised by outputs when the plan is large).
 */
import type { FigureTable } from '../../lib/figures';
import type { MessageKey } from '../../lib/i18n';
import type { Plan, PlanItem } from '../progress/plan.service';
import type * as progress from '../progress/progress.service';
import type { ReportData } from './report.gather';
import { statusName, type Build } from './report.build';
import { progressClaims } from './report.claims';
import { figure } from './report.figure-blocks';
import { capped, listCsvHref, morePledges, reportCaps } from './report.lists';
import type { Block } from './report.model';
import { chairNames, plain, yearText } from './report.section-helpers';

const pledgeStatusOrder = ['achieved', 'on_track', 'delayed', 'not_started', 'discontinued'];

/** The ids of items and all items under them (items come in code order: a parent before its children). */
function itemsUnder(plan: Plan, ids: number[]): Set<number> {
  const covered = new Set(ids);
  for (const item of plan.items) if (item.parentId !== null && covered.has(item.parentId)) covered.add(item.id);
  return covered;
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
