/** The part of the report about the working groups: each group's mandate, members and what they shared in the year. */
import type { MessageKey } from '../../lib/i18n';
import type { Build } from './report.build';
import { figure } from './report.figure-blocks';
import { reportCaps } from './report.lists';
import type { Block } from './report.model';
import { narrativeBlocks, type Narratives } from './report.narratives';
import { yearText } from './report.section-helpers';

/** Up to this many tags are named in a working group's paragraph; the rest are counted. */
const tagsNamed = 20;

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
