/**
 * The events: their list, an event's page, and the form to add or edit one.
 */
import type { SafeHtml } from '../../lib/html';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FilterBar, FormActions, PostForm, TextArea, TextField, type FormState } from '../../views/components/forms';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import { OriginalLanguageField, ShownTitle, TextInLanguage, TranslationsSection, type TextLanguagesData } from '../../views/components/text-languages';
import type { EventListQuery, LibraryEvent } from './library.schemas';
import type { EventPage } from './library.service';
import { Checkbox, DraftBadge, LibraryList, StatusForm, YearSelect, eventDates, eventHref, text } from './library.common.views';

function eventPlace(ctx: ViewContext, event: LibraryEvent): string {
  const parts = [event.place, event.online ? ctx.t('event.online') : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : ctx.t('event.placeUnknown');
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
