/** The report's annexes: the members, the decisions, the evidence (a public summary of each cited update) and the data of every figure. */
import type { MessageKey } from '../../lib/i18n';
import { valueLabel } from '../vocabularies/vocabularies.schemas';
import type * as progress from '../progress/progress.service';
import { statusName, type Build } from './report.build';
import { acceptedOn, byStrength, evidenceAnchor, updatesCsvHref } from './report.claims';
import { bySignificantDecision, capped, decisionColumns, listCsvHref, membersByKind, moreDecisions, reportCaps } from './report.lists';
import type { Block } from './report.model';
import { memberHref, yearText } from './report.section-helpers';

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
