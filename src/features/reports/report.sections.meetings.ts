/** The parts of the report about meetings and statements: the year's meetings and decisions, and the statements published with their endorsers. */
import type { MessageKey } from '../../lib/i18n';
import type * as statements from '../statements/statements.service';
import type { Build } from './report.build';
import { figure } from './report.figure-blocks';
import { bySignificantDecision, bySignificantMeeting, capped, moreDecisions, moreMeetings, reportCaps } from './report.lists';
import type { Block, Inline } from './report.model';
import { memberHref, plain, yearText } from './report.section-helpers';

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
