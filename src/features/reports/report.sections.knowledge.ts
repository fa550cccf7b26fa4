/** The part of the report about knowledge products: the publications and events of the year. */
import type { MessageKey } from '../../lib/i18n';
import type { Publication } from '../library/library.schemas';
import type { Build } from './report.build';
import { bySignificantEvent, bySignificantPublication, capped, moreEvents, morePublications, reportCaps } from './report.lists';
import type { Block } from './report.model';
import { yearText } from './report.section-helpers';

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
