/** The part of the report about the members: what each contributed, how the membership grew, and the mapping of what they do. */
import { topCategories } from '../../lib/figures';
import type { MemberSummary } from '../members/members.schemas';
import { labelIn, valueLabel, vocabularyName } from '../vocabularies/vocabularies.schemas';
import type { Build } from './report.build';
import { updatesCsvHref } from './report.claims';
import { figure } from './report.figure-blocks';
import type { Block } from './report.model';
import { memberHref, shortDate, yearText } from './report.section-helpers';

/** Up to this many organizations, the table of members' contributions lists every one. */
const contributionRowsInFull = 40;

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
