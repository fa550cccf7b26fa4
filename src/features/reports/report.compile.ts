/**
 * Compiles a term's ReportModel: the data gathered from the other features' services
 * (report.gather.ts), built into sections and figures (report.sections.ts), with the words the
 * renderers need and the data moment. A final report's model is frozen; a draft's is compiled afresh.
 */
import { groupIdentity } from '../../lib/group';
import type { Deps } from '../../deps';
import { AppError } from '../../lib/errors';
import { formatters, supportedLocales, textDirection, translator, type Formatters, type Locale, type MessageKey, type Translate } from '../../lib/i18n';
import { gatherReportData, type ReportData } from './report.gather';
import { reportModelVersion, type Block, type NarrativeKey, type ReportLabels, type ReportModel, type ReportSection, type ReportStatus } from './report.model';
import {
  atAGlanceSection,
  crisesSection,
  decisionsAnnex,
  figureAnnex,
  evidenceAnnex,
  forewordSection,
  knowledgeSection,
  meetingsSection,
  memberAnnex,
  memberHref,
  membersSection,
  outlookSection,
  planSection,
  pledgesSection,
  pledgesTable,
  planTable,
  statementsSection,
  type Build,
} from './report.sections';
import { updatesTable } from './report.claims';
import { reportLists } from './report.lists';
import * as repo from './reports.repository';
import { optionalSectionTitle } from '../../lib/report-sections';

export { gatherReportData, type ReportData };

export interface CompileInput {
  year: number;
  status: ReportStatus;
  narratives: Partial<Record<NarrativeKey, string>>;
  locale?: Locale;
}

function momentText(fmt: Formatters, moment: Date): string {
  const time = moment.toISOString().slice(11, 16);
  return `${fmt.date(moment)}, ${time} UTC`;
}

function labels(t: Translate, fmt: Formatters, moment: Date, status: ReportStatus, year: number): ReportLabels {
  return {
    contents: t('report.contents'),
    listOfFigures: t('report.listOfFigures'),
    figure: t('report.figureLabel'),
    figureData: t('report.figureData'),
    figureSource: t('report.figureSource'),
    page: t('report.page'),
    dataAsOf: t('report.dataAsOf'),
    dataAsOfText: momentText(fmt, moment),
    cochairs: t('report.cochairs'),
    noTerm: t('report.noTerm', { year: String(year) }),
    status: t('report.status'),
    statusName: t(`report.status.${status}` as MessageKey),
    sources: t('report.sources'),
    annexes: t('report.annexes'),
    downloadCsv: t('figure.csv'),
  };
}

/** Builds the model from gathered data; pure: the same data, narratives and moment give the same model. */
export function buildReportModel(data: ReportData, input: CompileInput, moment: Date, siteUrl: string): ReportModel {
  const locale = input.locale ?? 'en';
  const t = translator(locale);
  const fmt = formatters(locale);
  const b: Build = { locale, t, fmt, data, figures: [], sample: false, cited: new Map(), citations: new Map() };
  // The crises section tells the group's own story: it exists only when the group names it.
  const crisesTitle = optionalSectionTitle('crises', locale);
  type Part = [string, string, ReportSection['kind'], () => Block[]];
  const body: Part[] = [
    ['foreword', t('report.section.foreword'), 'narrative', () => forewordSection(b, input.narratives)],
    ['at-a-glance', t('report.section.glance'), 'compiled', () => atAGlanceSection(b)],
    ['pledges', t('report.section.pledges'), 'compiled', () => pledgesSection(b)],
    ['plan', t('report.section.plan'), 'compiled', () => planSection(b)],
    ...(crisesTitle === null ? [] : [['crises', crisesTitle, 'compiled', () => crisesSection(b, input.narratives)] satisfies Part]),
    ['meetings', t('report.section.meetings'), 'compiled', () => meetingsSection(b)],
    ['statements', t('report.section.statements'), 'compiled', () => statementsSection(b)],
    ['knowledge', t('report.section.knowledge'), 'compiled', () => knowledgeSection(b)],
    ['members', t('report.section.members'), 'compiled', () => membersSection(b)],
    ['outlook', t('report.section.outlook'), 'compiled', () => outlookSection(b, input.narratives)],
  ];
  const sections: ReportSection[] = body.map(([id, title, kind, build], index) => ({ id, number: String(index + 1), title, kind, blocks: build() }));
  const annexes: [string, MessageKey, () => Block[]][] = [
    ['annex-members', 'report.annex.members', () => memberAnnex(b)],
    ['annex-decisions', 'report.annex.decisions', () => decisionsAnnex(b)],
    ['annex-figures', 'report.annex.figures', () => figureAnnex(b)],
    ['annex-evidence', 'report.annex.evidence', () => evidenceAnnex(b)],
  ];
  annexes.forEach(([id, title, build], index) => sections.push({ id, number: String.fromCharCode(65 + index), title: t(title), kind: 'annex', blocks: build() }));
  const cochairs = (data.term?.chairs ?? []).map((chair) => ({ acronym: chair.acronym, name: chair.name, href: memberHref(chair) }));
  return {
    modelVersion: reportModelVersion,
    meta: {
      year: data.year,
      title: t('report.title', { year: String(data.year) }),
      subtitle: t('report.subtitle', { year: String(data.year) }),
      // The group's full name in the report's language, from its settings (/admin/group).
      groupName: groupIdentity(locale).fullName,
      cochairs,
      dataAsOf: moment.toISOString(),
      status: input.status,
      locale,
      dir: textDirection(locale),
      siteUrl,
      sampleNotice: b.sample ? t('report.sampleNotice') : null,
    },
    labels: labels(t, fmt, moment, input.status, data.year),
    sections,
    figures: b.figures,
    updates: updatesTable(b),
    lists: reportLists(b, pledgesTable(b), planTable(b)),
  };
}

/** Compiles the report of a year from the data as it is now (deps.clock). */
export async function compileReport(deps: Deps, input: CompileInput): Promise<ReportModel> {
  const data = await gatherReportData(deps, input.year);
  return buildReportModel(data, input, deps.clock.now(), deps.config.publicUrl);
}

/**
 * The report of a year in every language, from one reading of the data at one moment: what a final
 * report freezes, so that its languages say the same thing.
 */
export async function compileReportInEveryLanguage(deps: Deps, input: Omit<CompileInput, 'locale'>): Promise<Map<Locale, ReportModel>> {
  const data = await gatherReportData(deps, input.year);
  const moment = deps.clock.now();
  return new Map(supportedLocales.map((locale) => [locale, buildReportModel(data, { ...input, locale }, moment, deps.config.publicUrl)]));
}

/** A frozen model shown with another status (a final report, published later): only the status changes. */
export function withStatus(model: ReportModel, status: ReportStatus): ReportModel {
  const t = translator((model.meta.locale as Locale) ?? 'en');
  return { ...model, meta: { ...model.meta, status }, labels: { ...model.labels, statusName: t(`report.status.${status}` as MessageKey) } };
}

/** The narratives of a report record, by key. */
export async function narrativesOf(deps: Deps, reportId: number | null): Promise<Partial<Record<NarrativeKey, string>>> {
  if (reportId === null) return {};
  const rows = await repo.listNarratives(deps.db, reportId);
  return Object.fromEntries(rows.map((row) => [row.key, row.markdown]));
}

/**
 * The model a report shows now: the frozen snapshot of a final or published report (with its
 * current status), or, for a draft, the data compiled afresh with the co-chairs' narratives.
 */
export async function modelOfReport(deps: Deps, year: number, report: repo.ReportRow | undefined, locale: Locale = 'en'): Promise<ReportModel> {
  if (report?.snapshot) {
    const frozen = locale === 'en' ? report.snapshot : await repo.findSnapshot(deps.db, report.id, locale);
    // A report made final before it was frozen in every language has only its English.
    if (!frozen) throw new AppError('CONFLICT', translator(locale)('report.snapshotMissing', { year: String(year) }));
    return withStatus(frozen, report.status);
  }
  return compileReport(deps, { year, status: 'draft', narratives: await narrativesOf(deps, report?.id ?? null), locale });
}
