import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { formatDeadline } from '../../lib/zoned-time';
import type { ViewContext } from '../../views/context';
import { Layout } from '../../views/layout';
import type { Due, MyWork, WorkItem, WorkSection } from './work.service';

/** "Due 15 December 2022" or "Due 25 November 2022 at 18:00 CET (Europe/Vienna)": always naming the zone of a moment. */
export function dueText(ctx: ViewContext, due: Due, key: MessageKey = 'work.due.at'): string {
  if (!due) return '';
  if ('day' in due) return ctx.t('work.due.day', { date: ctx.fmt.date(due.day) });
  return ctx.t(key, { moment: formatDeadline(due.at, due.timeZone, ctx.locale) });
}

function detailText(ctx: ViewContext, item: WorkItem): string {
  switch (item.kind) {
    case 'review':
    case 'returned':
    case 'comments':
      return ctx.t(`work.detail.${item.kind}`, item.detail);
    case 'invitation':
      return ctx.t('work.detail.invitation', { email: String(item.detail.email), entity: item.detail.entity ? `(${item.detail.entity})` : '' }).trim();
    default:
      return '';
  }
}

function Item({ ctx, item }: { ctx: ViewContext; item: WorkItem }): SafeHtml {
  const detail = detailText(ctx, item);
  const due = dueText(ctx, item.due, item.kind === 'invitation' ? 'work.expires' : 'work.due.at');
  const title = item.kind === 'report' ? ctx.t('work.detail.report', item.detail) : item.title;
  const meta = [detail, due].filter(Boolean).join(' · ');
  return (
    <li class="listing-item">
      <a href={item.url}>{title}</a>
      {meta ? <p class="meta">{meta}</p> : null}
      {item.message ? <p>{ctx.t(item.kind === 'returned' ? 'work.reviewComment' : 'work.message', { message: item.message })}</p> : null}
    </li>
  );
}

function Section({ ctx, section }: { ctx: ViewContext; section: WorkSection }): SafeHtml {
  const id = `work-${section.kind}`;
  return (
    <section aria-labelledby={id} class="work-section">
      <h2 id={id}>
        {ctx.t(`work.section.${section.kind}`)} ({ctx.fmt.number(section.items.length)})
      </h2>
      {section.items.length === 0 ? (
        <p class="meta">{ctx.t(`work.empty.${section.kind}`)}</p>
      ) : (
        <ul class="plain-list listing">
          {section.items.map((item) => (
            <Item ctx={ctx} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function MyWorkPage({ ctx, work }: { ctx: ViewContext; work: MyWork }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('work.title')} description={t('work.intro')}>
      <h1>{t('work.title')}</h1>
      <p class="lead">{t('work.intro')}</p>
      <p>
        <strong>{work.total > 0 ? t('work.summary', { count: work.total }) : t('work.summary.none')}</strong>
      </p>
      {work.sections.map((section) => (
        <Section ctx={ctx} section={section} />
      ))}
    </Layout>
  );
}
