import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import { formatZonedDate, formatZonedDateTime, localTime } from '../../lib/zoned-time';
import type { ViewContext } from '../../views/context';
import {
  CheckboxGroup,
  emptyForm,
  ErrorSummary,
  fieldList,
  fieldValue,
  FilterBar,
  FormActions,
  NewerValues,
  plainOptions,
  PostForm,
  SelectField,
  TextArea,
  TextField,
  type FormState,
  type SelectOption,
} from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import { OutOfTermNotice } from '../../views/components/out-of-term';
import type { MemberSummary } from '../members/members.schemas';
import type { DecisionListQuery, Meeting, MeetingListQuery } from './meetings.schemas';
import type { DecisionPage, MeetingDetail, MeetingPage } from './meetings.service';
import { decisionTypes, meetingLevels } from './meetings.table';
import { decisionReference } from './decision-prefix';
import { ScrollTable } from '../../views/components/scroll-region';

/** A statement an adoption decision links to, as the page shows it. */
export interface LinkedStatement {
  title: string;
  url: string;
}

// The routes fill these in; every form shares their shape (views/components/forms).
export { emptyForm, type FormState };

export function levelLabel(ctx: ViewContext, level: string): string {
  return ctx.t(`meetings.level.${level}` as MessageKey);
}

export function decisionTypeLabel(ctx: ViewContext, type: string): string {
  return ctx.t(`decisions.type.${type}` as MessageKey);
}

function levelOptions(ctx: ViewContext): SelectOption[] {
  return meetingLevels.map((level) => ({ value: level, label: levelLabel(ctx, level) }));
}

export function decisionTypeOptions(ctx: ViewContext): SelectOption[] {
  return decisionTypes.map((type) => ({ value: type, label: decisionTypeLabel(ctx, type) }));
}

/** "2 December 2022, 10:00 CET", or the date alone when the time is not known. */
export function whenText(ctx: ViewContext, meeting: Pick<Meeting, 'startsAt' | 'endsAt' | 'timeZone' | 'timeKnown'>): string {
  if (!meeting.timeKnown) return formatZonedDate(meeting.startsAt, meeting.timeZone, ctx.locale);
  const start = formatZonedDateTime(meeting.startsAt, meeting.timeZone, ctx.locale);
  return meeting.endsAt ? ctx.t('meetings.when.range', { start, end: localTime(meeting.endsAt, meeting.timeZone) }) : start;
}

export function Where({ ctx, meeting }: { ctx: ViewContext; meeting: Pick<Meeting, 'place' | 'onlineUrl'> }): SafeHtml {
  if (!meeting.place && !meeting.onlineUrl) return <>{ctx.t('meetings.where.unknown')}</>;
  return (
    <>
      {meeting.place ?? ''}
      {meeting.place && meeting.onlineUrl ? ' · ' : ''}
      {meeting.onlineUrl ? (
        <a href={meeting.onlineUrl} rel="noopener noreferrer">
          {ctx.t('meetings.where.online')}
        </a>
      ) : null}
    </>
  );
}

// ---- the list ----

export function MeetingsPage({ ctx, query, page }: { ctx: ViewContext; query: MeetingListQuery; page: MeetingPage }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('meetings.title')} description={t('meetings.intro')}>
      <h1>{t('meetings.title')}</h1>
      <p class="lead">{t('meetings.intro')}</p>
      <p class="actions">
        <a href="/decisions">{t('decisions.title')}</a>
        <a href="/meetings.ics">{t('meetings.feed')}</a>
        {page.rights.create ? (
          <a class="button" href="/meetings/new">
            {t('meetings.new')}
          </a>
        ) : null}
      </p>
      <OutOfTermNotice ctx={ctx} outOfTerm={page.outOfTerm} action={t('meetings.new')} />
      <FilterBar action="/meetings" role="search" apply={t('members.filter.apply')}>
        <SelectField name="year" label={t('meetings.filter.year')} options={plainOptions(page.years)} selected={query.year?.toString()} blank={t('meetings.filter.allYears')} />
        <SelectField name="level" label={t('meetings.filter.level')} options={levelOptions(ctx)} selected={query.level} blank={t('meetings.filter.allLevels')} />
      </FilterBar>
      <p role="status">{t('meetings.count', { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t('meetings.none')}</p>
      ) : (
        <ScrollTable id="meetings-table" caption={t('meetings.table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('meetings.column.date')}</th>
              <th scope="col">{t('meetings.column.title')}</th>
              <th scope="col">{t('meetings.column.level')}</th>
              <th scope="col">{t('meetings.column.where')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((meeting) => (
              <tr>
                <td>{ctx.fmt.date(meeting.startsOn)}</td>
                <th scope="row">
                  <a href={meeting.url}>{meeting.title}</a>
                  {meeting.visibility === 'members' ? <span class="status">{t('meetings.visibility.members')}</span> : null}
                </th>
                <td>{levelLabel(ctx, meeting.level)}</td>
                <td>
                  <Where ctx={ctx} meeting={meeting} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination ctx={ctx} info={page} />
    </Layout>
  );
}

// ---- forms ----

export function meetingFormValues(meeting: MeetingDetail | null, defaults: { participants: string[]; timeZone: string }): FormState['values'] {
  if (!meeting) return { level: 'principal', visibility: 'members', time_zone: defaults.timeZone, participants: defaults.participants, time: '10:00' };
  return {
    level: meeting.level,
    number: String(meeting.number),
    title: meeting.title,
    date: meeting.startsOn,
    time: meeting.timeKnown ? localTime(meeting.startsAt, meeting.timeZone) : '',
    end_time: meeting.timeKnown && meeting.endsAt ? localTime(meeting.endsAt, meeting.timeZone) : '',
    time_zone: meeting.timeZone,
    place: meeting.place ?? '',
    online_url: meeting.onlineUrl ?? '',
    summary: meeting.summary ?? '',
    visibility: meeting.visibility,
    agenda: meeting.agenda.join('\n'),
    participants: meeting.participants.map((participant) => participant.entity.acronym),
    version: String(meeting.version),
  };
}

export function MeetingFormPage({ ctx, meeting, members, state }: { ctx: ViewContext; meeting: MeetingDetail | null; members: MemberSummary[]; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = meeting ? t('meetings.edit.title', { title: meeting.title }) : t('meetings.new');
  const action = meeting ? `${meeting.url}/edit` : '/meetings';
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={meeting ? meeting.url : '/meetings'}>{meeting ? meeting.title : t('meetings.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={action} class="stacked">
        {meeting ? <input type="hidden" name="version" value={fieldValue(state, 'version')} /> : null}
        <SelectField name="level" label={t('meetings.column.level')} options={levelOptions(ctx)} selected={fieldValue(state, 'level')} />
        <TextField name="number" label={t('meetings.form.number')} type="number" value={fieldValue(state, 'number')} errors={state.errors} hint={t('meetings.form.number.hint')} />
        <TextField name="title" label={t('meetings.column.title')} value={fieldValue(state, 'title')} errors={state.errors} required maxlength={300} />
        <TextField name="date" label={t('meetings.form.date')} type="date" value={fieldValue(state, 'date')} errors={state.errors} required />
        <TextField name="time" label={t('meetings.form.time')} type="time" value={fieldValue(state, 'time')} errors={state.errors} hint={t('meetings.form.time.hint')} />
        <TextField name="end_time" label={t('meetings.form.endTime')} type="time" value={fieldValue(state, 'end_time')} errors={state.errors} />
        <TextField name="time_zone" label={t('meetings.form.timeZone')} value={fieldValue(state, 'time_zone')} errors={state.errors} hint={t('meetings.form.timeZone.hint')} required maxlength={64} />
        <TextField name="place" label={t('meetings.form.place')} value={fieldValue(state, 'place')} errors={state.errors} maxlength={300} />
        <TextField name="online_url" label={t('meetings.form.online')} type="url" value={fieldValue(state, 'online_url')} errors={state.errors} />
        <SelectField
          name="visibility"
          label={t('meetings.visibility')}
          options={(['members', 'public'] as const).map((visibility) => ({ value: visibility, label: t(`meetings.visibility.${visibility}`) }))}
          selected={fieldValue(state, 'visibility')}
        />
        <TextArea name="agenda" label={t('meetings.agenda')} value={fieldValue(state, 'agenda')} errors={state.errors} hint={t('meetings.form.agenda.hint')} rows={6} />
        <TextArea name="summary" label={t('meetings.form.summary')} value={fieldValue(state, 'summary')} errors={state.errors} hint={t('form.markdown.hint')} rows={5} />
        <CheckboxGroup
          name="participants"
          legend={t('meetings.participants')}
          options={members.map((member) => ({ value: member.acronym, label: member.acronym }))}
          selected={fieldList(state, 'participants')}
          errors={state.errors}
        />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={meeting ? meeting.url : '/meetings'} />
      </PostForm>
    </Layout>
  );
}

export function MinutesPage({ ctx, meeting, state }: { ctx: ViewContext; meeting: MeetingDetail; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = t('meetings.minutes.of', { title: meeting.title });
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={meeting.url}>{meeting.title}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('meetings.minutes.intro')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`${meeting.url}/minutes`} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version')} />
        <TextArea name="minutes" label={t('meetings.minutes')} value={fieldValue(state, 'minutes')} errors={state.errors} hint={t('form.markdown.hint')} rows={20} />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={meeting.url} />
      </PostForm>
    </Layout>
  );
}

export function newerMinutes(minutes: string | null): SafeHtml {
  return <div class="prose">{renderMarkdown(minutes ?? '')}</div>;
}

export function newerMeeting(ctx: ViewContext, meeting: MeetingDetail): SafeHtml {
  return (
    <dl class="facts">
      <div>
        <dt>{ctx.t('meetings.column.title')}</dt>
        <dd>{meeting.title}</dd>
      </div>
      <div>
        <dt>{ctx.t('meetings.column.date')}</dt>
        <dd>{whenText(ctx, meeting)}</dd>
      </div>
      <div>
        <dt>{ctx.t('meetings.column.where')}</dt>
        <dd>
          <Where ctx={ctx} meeting={meeting} />
        </dd>
      </div>
      <div>
        <dt>{ctx.t('meetings.agenda')}</dt>
        <dd>{meeting.agenda.join(' · ')}</dd>
      </div>
    </dl>
  );
}

// ---- the decisions register ----

export function DecisionsPage({ ctx, query, page, statements }: { ctx: ViewContext; query: DecisionListQuery; page: DecisionPage; statements: Map<number, LinkedStatement> }): SafeHtml {
  const { t } = ctx;
  const filtered = Boolean(query.q || query.type || query.year);
  return (
    <Layout ctx={ctx} title={t('decisions.title')} description={t('decisions.intro', { example: decisionReference('principal', 4, 2022, 3) })}>
      <p class="breadcrumb">
        <a href="/meetings">{t('meetings.title')}</a>
      </p>
      <h1>{t('decisions.title')}</h1>
      <p class="lead">{t('decisions.intro', { example: decisionReference('principal', 4, 2022, 3) })}</p>
      <FilterBar action="/decisions" role="search" apply={t('members.filter.apply')} clear={filtered ? { href: '/decisions', label: t('members.filter.clear') } : null}>
        <TextField name="q" type="search" label={t('decisions.filter.search')} value={query.q} maxlength={200} />
        <SelectField name="type" label={t('decisions.column.type')} options={decisionTypeOptions(ctx)} selected={query.type} blank={t('decisions.filter.allTypes')} />
        <SelectField name="year" label={t('meetings.filter.year')} options={plainOptions(page.years)} selected={query.year?.toString()} blank={t('meetings.filter.allYears')} />
      </FilterBar>
      <p role="status" id="decisions-status">
        {t('decisions.count', { count: page.total })}
      </p>
      {page.items.length === 0 ? (
        <p>{t('decisions.none.filtered')}</p>
      ) : (
        <ScrollTable id="decisions-table" caption={t('decisions.table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('decisions.column.reference')}</th>
              <th scope="col">{t('meetings.column.date')}</th>
              <th scope="col">{t('decisions.column.type')}</th>
              <th scope="col">{t('decisions.column.decision')}</th>
              <th scope="col">{t('decisions.column.meeting')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((decision) => {
              const statement = decision.statementId !== null ? statements.get(decision.statementId) : undefined;
              return (
                <tr>
                  <th scope="row">
                    <a href={decision.url}>{decision.reference}</a>
                  </th>
                  <td>{ctx.fmt.date(decision.decidedOn)}</td>
                  <td>{decisionTypeLabel(ctx, decision.type)}</td>
                  <td>
                    {decision.title}
                    {statement ? (
                      <>
                        {' · '}
                        <a href={statement.url}>{statement.title}</a>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <a href={`/meetings/${decision.meetingId}`}>{decision.meetingTitle}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      <Pagination ctx={ctx} info={page} />
    </Layout>
  );
}
