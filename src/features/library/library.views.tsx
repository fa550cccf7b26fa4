import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { FileField, fileSizeKiB } from '../../views/components/file-field';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FilterBar, FormActions, plainOptions, PostForm, SelectField, TextArea, TextField, type FormState, type FormValues, type SelectOption } from '../../views/components/forms';
import { Pagination, type PageInfo } from '../../views/components/pagination';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import { OriginalLanguageField, ShownTitle, TextInLanguage, TranslationsSection, type TextLanguagesData } from '../../views/components/text-languages';
import { publicationKinds, type EventListQuery, type LibraryEvent, type Publication, type PublicationListQuery } from './library.schemas';
import type { EventPage, PublicationPage } from './library.service';

// The routes fill these in; every form shares their shape (views/components/forms).
export type { FormState };

/** A value as typed; a list sent as several values is shown comma-separated. */
function text(values: FormValues, name: string): string {
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

function eventPlace(ctx: ViewContext, event: LibraryEvent): string {
  const parts = [event.place, event.online ? ctx.t('event.online') : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : ctx.t('event.placeUnknown');
}

function DraftBadge({ ctx, status }: { ctx: ViewContext; status: string }): SafeHtml {
  return status === 'draft' ? <span class="status draft">{ctx.t('publication.draft')}</span> : <></>;
}

export function PublicationItem({ ctx, publication }: { ctx: ViewContext; publication: Publication }): SafeHtml {
  return (
    <li class="listing-item">
      <p class="meta">
        {publicationLabel(ctx, publication)} · {publicationYear(ctx, publication)} <DraftBadge ctx={ctx} status={publication.status} />
      </p>
      <h3>
        <a href={publicationHref(publication)}>{publication.title}</a>
      </h3>
    </li>
  );
}

export function EventItem({ ctx, event }: { ctx: ViewContext; event: LibraryEvent }): SafeHtml {
  return (
    <li class="listing-item">
      <p class="meta">
        {eventDates(ctx, event)} · {eventPlace(ctx, event)} <DraftBadge ctx={ctx} status={event.status} />
      </p>
      <h3>
        <a href={eventHref(event)}>{event.title}</a>
      </h3>
      {event.marginsOf ? (
        <p class="meta">
          {ctx.t('event.margins')} {event.marginsOf}
        </p>
      ) : null}
    </li>
  );
}

function YearSelect({ ctx, years, selected }: { ctx: ViewContext; years: number[]; selected: number | undefined }): SafeHtml {
  return <SelectField name="year" label={ctx.t('publications.filter.year')} options={plainOptions(years)} selected={selected?.toString()} blank={ctx.t('publications.filter.all')} />;
}

function kindOptions(ctx: ViewContext): SelectOption[] {
  return publicationKinds.map((kind) => ({ value: kind, label: publicationKindLabel(ctx, kind) }));
}

/**
 * The public list of publications or of events: the filters, a page of items and, for those who may
 * manage the library, the drafts. Message keys follow the section ("publications.title", "events.title" …).
 */
function LibraryList<T>(props: {
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

export function PublicationsPage(props: { ctx: ViewContext; query: PublicationListQuery; page: PublicationPage; drafts: Publication[]; mayManage: boolean }): SafeHtml {
  const { ctx, query } = props;
  const { t } = ctx;
  const filtered = Boolean(query.kind || query.year);
  const filters = (
    <FilterBar action="/publications" apply={t('publications.filter.apply')} clear={filtered ? { href: '/publications', label: t('publications.filter.clear') } : null}>
      <SelectField name="kind" label={t('publications.filter.kind')} options={kindOptions(ctx)} selected={query.kind} blank={t('publications.filter.all')} />
      <YearSelect ctx={ctx} years={props.page.years} selected={query.year} />
    </FilterBar>
  );
  return <LibraryList {...props} section="publications" filters={filters} item={(publication) => <PublicationItem ctx={ctx} publication={publication} />} />;
}

function StatusForm({ ctx, action, status, version }: { ctx: ViewContext; action: string; status: string; version: number }): SafeHtml {
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

export function PublicationPage({
  ctx,
  publication,
  mayManage,
  notice,
  languages,
}: {
  ctx: ViewContext;
  publication: Publication;
  mayManage: boolean;
  notice: string | null;
  languages: TextLanguagesData;
}): SafeHtml {
  const { t } = ctx;
  const label = publicationLabel(ctx, publication);
  return (
    <Layout ctx={ctx} title={publication.title} description={`${label}, ${publicationYear(ctx, publication)}. ${publication.summary}`.slice(0, 250)}>
      <p class="breadcrumb">
        <a href="/publications">{t('publications.title')}</a>
      </p>
      <p class="meta">
        {label} <DraftBadge ctx={ctx} status={publication.status} />
      </p>
      <ShownTitle reader={languages.reader} />
      <Flash message={notice} />
      <dl class="facts">
        <div>
          <dt>{t('publication.kind')}</dt>
          <dd>{publicationKindLabel(ctx, publication.kind)}</dd>
        </div>
        {publication.number !== null ? (
          <div>
            <dt>{t('publication.number')}</dt>
            <dd>{publication.numberUncertain ? t('publication.numberUncertain', { number: String(publication.number) }) : String(publication.number)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('publication.year')}</dt>
          <dd>{publicationYear(ctx, publication)}</dd>
        </div>
        {publication.languages.length > 0 ? (
          <div>
            <dt>{t('publication.languages')}</dt>
            <dd>{publication.languages.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <TextInLanguage ctx={ctx} reader={languages.reader} path={publicationHref(publication)}>
        {languages.reader.body ? <div class="prose">{renderMarkdown(languages.reader.body)}</div> : <p class="meta">{t('publication.noSummary')}</p>}
      </TextInLanguage>
      {publication.note ? (
        <p class="notice">
          {t('publication.note')}: {publication.note}
        </p>
      ) : null}
      <ul class="plain-list">
        {publication.file ? (
          <li>
            <a href={publication.file.href} download>
              {t('publication.file', { name: publication.file.name, size: fileSizeKiB(publication.file.sizeBytes) })}
            </a>
          </li>
        ) : null}
        {publication.url ? (
          <li>
            <a href={publication.url} rel="noopener noreferrer external">
              {t('publication.link')}
            </a>
          </li>
        ) : null}
      </ul>
      <SourceList ctx={ctx} sources={publication.sources} />
      {languages.translations ? <TranslationsSection ctx={ctx} translations={languages.translations.items} manageUrl={languages.translations.manageUrl} /> : null}
      {mayManage ? (
        <div class="actions no-print">
          <a href={`${publicationHref(publication)}/edit`}>{t('publication.edit')}</a>
          <StatusForm ctx={ctx} action={`${publicationHref(publication)}/status`} status={publication.status} version={publication.version} />
        </div>
      ) : null}
    </Layout>
  );
}

export function publicationFormValues(publication: Publication | null): FormState['values'] {
  if (!publication) return { kind: 'issue_brief', version: '0' };
  return {
    kind: publication.kind,
    number: publication.number === null ? '' : String(publication.number),
    number_uncertain: publication.numberUncertain ? 'on' : '',
    title: publication.title,
    year: publication.year === null ? '' : String(publication.year),
    year_uncertain: publication.yearUncertain ? 'on' : '',
    summary: publication.summary,
    original_language: publication.originalLanguage,
    languages: publication.languages.join(', '),
    url: publication.url ?? '',
    note: publication.note ?? '',
    version: String(publication.version),
  };
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }): SafeHtml {
  return (
    <label class="checkbox">
      <input type="checkbox" name={name} checked={checked} /> {label}
    </label>
  );
}

export function PublicationFormPage({ ctx, publication, state }: { ctx: ViewContext; publication: Publication | null; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = publication ? t('publication.form.edit', { title: publication.title }) : t('publication.form.new');
  const values = state.values;
  return (
    <Layout ctx={ctx} title={title} description={t('publications.intro')}>
      <p class="breadcrumb">
        <a href="/publications">{t('publications.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action={publication ? `${publicationHref(publication)}/edit` : '/publications'} enctype="multipart/form-data" class="stacked">
        <input type="hidden" name="version" value={text(values, 'version')} />
        <SelectField name="kind" label={t('publication.kind')} options={kindOptions(ctx)} selected={text(values, 'kind')} />
        <TextField name="title" label={t('post.title')} value={text(values, 'title')} errors={state.errors} required maxlength={400} />
        <TextField name="number" label={t('publication.number')} hint={t('publication.form.number.hint')} value={text(values, 'number')} errors={state.errors} type="number" />
        <Checkbox name="number_uncertain" label={t('publication.form.numberUncertain')} checked={text(values, 'number_uncertain') === 'on'} />
        <TextField name="year" label={t('publication.year')} value={text(values, 'year')} errors={state.errors} type="number" />
        <Checkbox name="year_uncertain" label={t('publication.form.yearUncertain')} checked={text(values, 'year_uncertain') === 'on'} />
        <TextArea name="summary" label={t('publication.form.summary')} value={text(values, 'summary')} errors={state.errors} rows={6} />
        <OriginalLanguageField ctx={ctx} selected={text(values, 'original_language')} errors={state.errors} />
        <TextField name="languages" label={t('publication.languages')} hint={t('publication.form.languages.hint')} value={text(values, 'languages')} errors={state.errors} />
        <TextField name="url" label={t('publication.form.url')} value={text(values, 'url')} errors={state.errors} type="url" />
        <FileField name="file" label={t('publication.form.file')} hint={t('publication.form.file.hint')} errors={state.errors} />
        <TextField name="note" label={t('publication.form.note')} value={text(values, 'note')} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('publication.form.save')} cancel={publication ? publicationHref(publication) : '/publications'} />
      </PostForm>
    </Layout>
  );
}

export function EventsPage(props: { ctx: ViewContext; query: EventListQuery; page: EventPage; drafts: LibraryEvent[]; mayManage: boolean }): SafeHtml {
  const { ctx, query } = props;
  const { t } = ctx;
  const filters = (
    <FilterBar action="/events" apply={t('publications.filter.apply')} clear={query.year ? { href: '/events', label: t('publications.filter.clear') } : null}>
      <YearSelect ctx={ctx} years={props.page.years} selected={query.year} />
    </FilterBar>
  );
  return <LibraryList {...props} section="events" filters={filters} item={(event) => <EventItem ctx={ctx} event={event} />} />;
}

export function EventPage({ ctx, event, mayManage, notice, languages }: { ctx: ViewContext; event: LibraryEvent; mayManage: boolean; notice: string | null; languages: TextLanguagesData }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={event.title} description={`${eventDates(ctx, event)}, ${eventPlace(ctx, event)}. ${event.summary}`.slice(0, 250)}>
      <p class="breadcrumb">
        <a href="/events">{t('events.title')}</a>
      </p>
      <ShownTitle reader={languages.reader} />
      <DraftBadge ctx={ctx} status={event.status} />
      <Flash message={notice} />
      <dl class="facts">
        <div>
          <dt>{t('event.when')}</dt>
          <dd>{eventDates(ctx, event)}</dd>
        </div>
        <div>
          <dt>{t('event.where')}</dt>
          <dd>{eventPlace(ctx, event)}</dd>
        </div>
        {event.marginsOf ? (
          <div>
            <dt>{t('event.margins')}</dt>
            <dd>{event.marginsOf}</dd>
          </div>
        ) : null}
        {event.organizers.length > 0 ? (
          <div>
            <dt>{t('event.organizers')}</dt>
            <dd>{event.organizers.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {event.note ? <p class="notice">{event.note}</p> : null}
      {event.uncertain ? <p class="notice">{t('event.uncertain')}</p> : null}
      <TextInLanguage ctx={ctx} reader={languages.reader} path={eventHref(event)}>
        {languages.reader.body ? <div class="prose">{renderMarkdown(languages.reader.body)}</div> : null}
      </TextInLanguage>
      {event.speakers.length > 0 ? (
        <>
          <h2>{t('event.speakers')}</h2>
          <ul>
            {event.speakers.map((speaker) => (
              <li>
                {speaker.name}
                {speaker.role ? `, ${speaker.role}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="no-print">{event.hasCalendar ? <a href={`${eventHref(event)}/calendar.ics`}>{t('event.ics')}</a> : <span class="meta">{t('event.noCalendar')}</span>}</p>
      {event.url ? (
        <p>
          <a href={event.url} rel="noopener noreferrer external">
            {t('publication.link')}
          </a>
        </p>
      ) : null}
      <SourceList ctx={ctx} sources={event.sources} />
      {languages.translations ? <TranslationsSection ctx={ctx} translations={languages.translations.items} manageUrl={languages.translations.manageUrl} /> : null}
      {mayManage ? (
        <div class="actions no-print">
          <a href={`${eventHref(event)}/edit`}>{t('event.edit')}</a>
          <StatusForm ctx={ctx} action={`${eventHref(event)}/status`} status={event.status} version={event.version} />
        </div>
      ) : null}
    </Layout>
  );
}

export function eventFormValues(event: LibraryEvent | null): FormState['values'] {
  if (!event) return { version: '0' };
  return {
    title: event.title,
    starts_on: event.startsOn,
    ends_on: event.endsOn ?? '',
    start_time: event.startTime ?? '',
    end_time: event.endTime ?? '',
    time_zone: event.timeZone ?? '',
    place: event.place ?? '',
    online: event.online ? 'on' : '',
    organizers: event.organizers.join(', '),
    margins_of: event.marginsOf ?? '',
    speakers: event.speakers.map((speaker) => (speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name)).join('\n'),
    summary: event.summary,
    original_language: event.originalLanguage,
    url: event.url ?? '',
    note: event.note ?? '',
    version: String(event.version),
  };
}

export function EventFormPage({ ctx, event, state }: { ctx: ViewContext; event: LibraryEvent | null; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = event ? t('event.form.edit', { title: event.title }) : t('event.form.new');
  const values = state.values;
  const speakers = Array.isArray(values.speakers) ? values.speakers.join('\n') : (values.speakers ?? '');
  return (
    <Layout ctx={ctx} title={title} description={t('events.intro')}>
      <p class="breadcrumb">
        <a href="/events">{t('events.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action={event ? `${eventHref(event)}/edit` : '/events'} class="stacked">
        <input type="hidden" name="version" value={text(values, 'version')} />
        <TextField name="title" label={t('event.form.title')} value={text(values, 'title')} errors={state.errors} required maxlength={400} />
        <TextField name="starts_on" label={t('event.form.startsOn')} value={text(values, 'starts_on')} errors={state.errors} required />
        <TextField name="ends_on" label={t('event.form.endsOn')} value={text(values, 'ends_on')} errors={state.errors} />
        <TextField name="start_time" label={t('event.form.startTime')} value={text(values, 'start_time')} errors={state.errors} />
        <TextField name="end_time" label={t('event.form.endTime')} value={text(values, 'end_time')} errors={state.errors} />
        <TextField name="time_zone" label={t('event.form.timeZone')} value={text(values, 'time_zone')} errors={state.errors} />
        <TextField name="place" label={t('event.form.place')} value={text(values, 'place')} errors={state.errors} />
        <Checkbox name="online" label={t('event.form.online')} checked={text(values, 'online') === 'on'} />
        <TextField name="organizers" label={t('event.form.organizers')} value={text(values, 'organizers')} errors={state.errors} />
        <TextField name="margins_of" label={t('event.form.margins')} value={text(values, 'margins_of')} errors={state.errors} />
        <TextArea name="speakers" label={t('event.form.speakers')} value={speakers} errors={state.errors} rows={4} />
        <TextArea name="summary" label={t('event.form.summary')} value={text(values, 'summary')} errors={state.errors} rows={6} />
        <OriginalLanguageField ctx={ctx} selected={text(values, 'original_language')} errors={state.errors} />
        <TextField name="url" label={t('event.form.url')} value={text(values, 'url')} errors={state.errors} type="url" />
        <TextField name="note" label={t('event.form.note')} value={text(values, 'note')} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('publication.form.save')} cancel={event ? eventHref(event) : '/events'} />
      </PostForm>
    </Layout>
  );
}
