/**
 * What the publications' and events' pages share: addresses, labels and dates, the list with its
 * filters, the status form, the form state.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { plainOptions, PostForm, SelectField, type FormState, type FormValues } from '../../views/components/forms';
import { Pagination, type PageInfo } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import type { LibraryEvent, Publication } from './library.schemas';

// The routes fill these in; every form shares their shape (views/components/forms).
export type { FormState };

/** A value as typed; a list sent as several values is shown comma-separated. */
export function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

export function publicationHref(publication: { slug: string }): string {
  return `/publications/${encodeURIComponent(publication.slug)}`;
}

export function eventHref(event: { slug: string }): string {
  return `/events/${encodeURIComponent(event.slug)}`;
}

export function publicationKindLabel(ctx: ViewContext, kind: string): string {
  return ctx.t(`publication.kind.${kind}` as MessageKey);
}

/** "Issue brief 4", or "Issue brief (number 5, not confirmed)": an uncertain number never passes for a sure one. */
export function publicationLabel(ctx: ViewContext, publication: Pick<Publication, 'kind' | 'number' | 'numberUncertain'>): string {
  const kind = publicationKindLabel(ctx, publication.kind);
  if (publication.number === null) return kind;
  if (publication.numberUncertain) return `${kind} (${ctx.t('publication.numberUncertain', { number: String(publication.number) })})`;
  return ctx.t('publication.numbered', { kind, number: String(publication.number) });
}

export function publicationYear(ctx: ViewContext, publication: Pick<Publication, 'year' | 'yearUncertain'>): string {
  if (publication.year === null) return ctx.t('publication.yearUnknown');
  return publication.yearUncertain ? ctx.t('publication.yearUncertain', { year: String(publication.year) }) : String(publication.year);
}

/** "11 October 2022 – 12 October 2022", "October 2012", "2014". */
export function eventDates(ctx: ViewContext, event: Pick<LibraryEvent, 'startsOn' | 'endsOn' | 'startTime' | 'timeZone'>): string {
  const start = ctx.fmt.date(event.startsOn);
  const range = event.endsOn && event.endsOn !== event.startsOn ? `${start} – ${ctx.fmt.date(event.endsOn)}` : start;
  return event.startTime && event.timeZone ? `${range}, ${ctx.t('event.timeZone', { time: event.startTime, zone: event.timeZone })}` : range;
}

export function DraftBadge({ ctx, status }: { ctx: ViewContext; status: string }): SafeHtml {
  return status === 'draft' ? <span class="status draft">{ctx.t('publication.draft')}</span> : <></>;
}

export function YearSelect({ ctx, years, selected }: { ctx: ViewContext; years: number[]; selected: number | undefined }): SafeHtml {
  return <SelectField name="year" label={ctx.t('publications.filter.year')} options={plainOptions(years)} selected={selected?.toString()} blank={ctx.t('publications.filter.all')} />;
}

/**
 * The public list of publications or of events: the filters, a page of items and, for those who may
 * manage the library, the drafts. Message keys follow the section ("publications.title", "events.title" …).
 */
export function LibraryList<T>(props: {
  ctx: ViewContext;
  section: 'publications' | 'events';
  page: PageInfo & { items: T[] };
  drafts: T[];
  mayManage: boolean;
  filters: SafeHtml;
  item: (item: T) => SafeHtml;
}): SafeHtml {
  const { ctx, section, page, drafts } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`${section}.title`)} description={t(`${section}.intro`)}>
      <h1>{t(`${section}.title`)}</h1>
      <p class="lead">{t(`${section}.intro`)}</p>
      {props.mayManage ? (
        <p class="no-print">
          <a class="button" href={`/${section}/new`}>
            {t(`${section}.new`)}
          </a>
        </p>
      ) : null}
      {props.filters}
      <p role="status">{t(`${section}.count`, { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t(`${section}.none`)}</p> : null}
      <ul class="plain-list listing">{page.items.map(props.item)}</ul>
      <Pagination ctx={ctx} info={page} />
      {drafts.length > 0 ? (
        <section class="no-print">
          <h2>{t(`${section}.drafts`)}</h2>
          <ul class="plain-list listing">{drafts.map(props.item)}</ul>
        </section>
      ) : null}
    </Layout>
  );
}

export function StatusForm({ ctx, action, status, version }: { ctx: ViewContext; action: string; status: string; version: number }): SafeHtml {
  const next = status === 'draft' ? 'published' : 'draft';
  return (
    <PostForm ctx={ctx} action={action}>
      <input type="hidden" name="status" value={next} />
      <input type="hidden" name="version" value={String(version)} />
      <button type="submit" class={next === 'draft' ? 'secondary' : undefined}>
        {next === 'published' ? ctx.t('publication.publish') : ctx.t('publication.unpublish')}
      </button>
    </PostForm>
  );
}

export function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }): SafeHtml {
  return (
    <label class="checkbox">
      <input type="checkbox" name={name} checked={checked} /> {label}
    </label>
  );
}
