/** One meeting's page: its facts, attendance, documents, minutes and decisions. */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { CheckboxGroup, ErrorSummary, fieldList, fieldValue, PostForm, Select, SelectField, TextArea, TextField, type FormState } from '../../views/components/forms';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import type { MemberSummary } from '../members/members.schemas';
import type { Decision } from './meetings.schemas';
import type { MeetingDetail } from './meetings.service';
import { attendanceValues } from './meetings.table';
import { ScrollTable } from '../../views/components/scroll-region';

import { decisionTypeLabel, decisionTypeOptions, levelLabel, whenText, Where, type LinkedStatement } from './meetings.views';

export interface MeetingPageData {
  meeting: MeetingDetail;
  statements: Map<number, LinkedStatement>;
  /** For the decision form: current members (co-chairs) and the texts ready for adoption. */
  members: MemberSummary[];
  adoptable: { slug: string; title: string }[];
  decisionForm: FormState;
  documentForm: FormState;
  notice: string | null;
}

function Decisions({ ctx, decisions, statements }: { ctx: ViewContext; decisions: Decision[]; statements: Map<number, LinkedStatement> }): SafeHtml {
  const { t } = ctx;
  if (decisions.length === 0) return <p>{t('decisions.none')}</p>;
  return (
    <ol class="plain-list decisions">
      {decisions.map((decision) => {
        const statement = decision.statementId !== null ? statements.get(decision.statementId) : undefined;
        return (
          <li id={`decision-${decision.number}`}>
            <p>
              <strong>{decision.reference}</strong> <span class="status">{decisionTypeLabel(ctx, decision.type)}</span>
            </p>
            <p class="decision-title">{decision.title}</p>
            {decision.body ? renderMarkdown(decision.body) : null}
            {statement ? (
              <p>
                {t('decisions.adopts')} <a href={statement.url}>{statement.title}</a>
              </p>
            ) : null}
            {decision.termYear ? (
              <p>
                {t('decisions.term')} <a href={`/governance#term-${decision.termYear}`}>{String(decision.termYear)}</a>
              </p>
            ) : null}
            <SourceList ctx={ctx} sources={decision.sources} />
          </li>
        );
      })}
    </ol>
  );
}

function DecisionForm({ ctx, meeting, data }: { ctx: ViewContext; meeting: MeetingDetail; data: MeetingPageData }): SafeHtml {
  const { t } = ctx;
  const state = data.decisionForm;
  return (
    <section aria-labelledby="decision-form-title" class="panel">
      <h3 id="decision-form-title">{t('decisions.record')}</h3>
      <p class="hint">{t('decisions.record.hint')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action={`${meeting.url}/decisions`} class="stacked">
        <SelectField name="type" label={t('decisions.column.type')} options={decisionTypeOptions(ctx)} selected={fieldValue(state, 'type')} />
        <TextField name="title" label={t('decisions.form.title')} value={fieldValue(state, 'title')} errors={state.errors} hint={t('decisions.form.title.hint')} maxlength={500} />
        <TextArea name="body" label={t('decisions.form.body')} value={fieldValue(state, 'body')} errors={state.errors} rows={3} />
        <SelectField
          name="statement"
          label={t('decisions.form.statement')}
          options={data.adoptable.map((statement) => ({ value: statement.slug, label: statement.title }))}
          selected={fieldValue(state, 'statement')}
          blank={t('decisions.form.statement.none')}
        />
        <TextField name="term_year" label={t('decisions.form.termYear')} type="number" value={fieldValue(state, 'term_year')} errors={state.errors} />
        <CheckboxGroup
          name="chairs"
          legend={t('decisions.form.chairs')}
          options={data.members.map((member) => ({ value: member.acronym, label: member.acronym }))}
          selected={fieldList(state, 'chairs')}
          errors={state.errors}
        />
        <div class="actions">
          <button type="submit">{t('decisions.record.submit')}</button>
        </div>
      </PostForm>
    </section>
  );
}

function Attendance({ ctx, meeting }: { ctx: ViewContext; meeting: MeetingDetail }): SafeHtml {
  const { t } = ctx;
  if (meeting.participants.length === 0) return <p>{t('meetings.participants.none')}</p>;
  const attendanceOptions = attendanceValues.map((attendance) => ({ value: attendance, label: t(`meetings.attendance.${attendance}` as MessageKey) }));
  const table = (
    <ScrollTable id="participants-table" caption={t('meetings.participants.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('members.column.acronym')}</th>
          <th scope="col">{t('meetings.attendance')}</th>
          <th scope="col">{t('meetings.attendance.note')}</th>
        </tr>
      </thead>
      <tbody>
        {meeting.participants.map((participant, index) => (
          <tr>
            <th scope="row">
              <a href={`/members/${encodeURIComponent(participant.entity.slug)}`}>{participant.entity.acronym}</a>
            </th>
            <td>
              {meeting.rights.manage ? (
                <>
                  <input type="hidden" name="entity" value={String(participant.entityId)} />
                  <label class="visually-hidden" for={`attendance-${index}`}>
                    {t('meetings.attendance.of', { entity: participant.entity.acronym })}
                  </label>
                  <Select id={`attendance-${index}`} name="attendance" options={attendanceOptions} selected={participant.attendance} blank={t('meetings.attendance.unrecorded')} />
                </>
              ) : participant.attendance ? (
                t(`meetings.attendance.${participant.attendance}` as MessageKey)
              ) : (
                t('meetings.attendance.unrecorded')
              )}
            </td>
            <td>
              {meeting.rights.manage ? (
                <>
                  <label class="visually-hidden" for={`note-${index}`}>
                    {t('meetings.attendance.noteOf', { entity: participant.entity.acronym })}
                  </label>
                  <input id={`note-${index}`} name="note" type="text" value={participant.note ?? ''} maxlength="300" />
                </>
              ) : (
                (participant.note ?? '')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
  if (!meeting.rights.manage) return table;
  return (
    <PostForm ctx={ctx} action={`${meeting.url}/attendance`}>
      {table}
      <div class="actions">
        <button type="submit">{t('meetings.attendance.save')}</button>
      </div>
    </PostForm>
  );
}

function Documents({ ctx, meeting, form }: { ctx: ViewContext; meeting: MeetingDetail; form: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <>
      {meeting.documents.length === 0 ? (
        <p>{t('meetings.documents.none')}</p>
      ) : (
        <ul class="plain-list">
          {meeting.documents.map((document) => (
            <li class="actions">
              <a href={document.url} rel="noopener noreferrer">
                {document.title}
              </a>
              {meeting.rights.manage ? (
                <PostForm ctx={ctx} action={`${meeting.url}/documents/${document.id}/delete`} confirm={t('meetings.documents.removeConfirm')}>
                  <button type="submit" class="link-button">
                    {t('meetings.documents.remove', { title: document.title })}
                  </button>
                </PostForm>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {meeting.rights.manage ? (
        <PostForm ctx={ctx} action={`${meeting.url}/documents`} class="filters">
          <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
          <TextField name="title" label={t('meetings.documents.title')} value={fieldValue(form, 'title')} errors={form.errors} maxlength={300} />
          <TextField name="url" label={t('meetings.documents.url')} type="url" value={fieldValue(form, 'url')} errors={form.errors} />
          <div class="actions">
            <button type="submit">{t('meetings.documents.add')}</button>
          </div>
        </PostForm>
      ) : null}
    </>
  );
}

function Minutes({ ctx, meeting }: { ctx: ViewContext; meeting: MeetingDetail }): SafeHtml {
  const { t } = ctx;
  const approved = meeting.minutesApprovedAt;
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t('meetings.minutes')}</h2>
      {approved ? <p class="status">{t('meetings.minutes.approved', { date: ctx.fmt.date(approved) })}</p> : meeting.minutes ? <p class="status">{t('meetings.minutes.draft')}</p> : null}
      {!meeting.rights.readMinutes && meeting.hasMinutes ? (
        <p>{t('meetings.minutes.membersOnly')}</p>
      ) : meeting.minutes ? (
        <div class="prose">{renderMarkdown(meeting.minutes)}</div>
      ) : (
        <p>{t('meetings.minutes.none')}</p>
      )}
      {meeting.rights.manage && !approved ? (
        <div class="actions">
          <a class="button" href={`${meeting.url}/minutes`}>
            {meeting.minutes ? t('meetings.minutes.edit') : t('meetings.minutes.write')}
          </a>
          {meeting.minutes && meeting.rights.approveMinutes ? (
            <PostForm ctx={ctx} action={`${meeting.url}/minutes/approve`} confirm={t('meetings.minutes.approveConfirm')}>
              <input type="hidden" name="version" value={String(meeting.version)} />
              <button type="submit" class="secondary">
                {t('meetings.minutes.approve')}
              </button>
            </PostForm>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function MeetingPage({ ctx, data }: { ctx: ViewContext; data: MeetingPageData }): SafeHtml {
  const { t } = ctx;
  const { meeting } = data;
  return (
    <Layout ctx={ctx} title={meeting.title} description={t('meetings.description', { title: meeting.title, date: ctx.fmt.date(meeting.startsOn) })}>
      <p class="breadcrumb">
        <a href="/meetings">{t('meetings.title')}</a>
      </p>
      <h1>{meeting.title}</h1>
      <Flash message={data.notice} />
      <dl class="facts">
        <div>
          <dt>{t('meetings.column.level')}</dt>
          <dd>{t('meetings.levelNumber', { level: levelLabel(ctx, meeting.level), number: meeting.number })}</dd>
        </div>
        <div>
          <dt>{t('meetings.column.date')}</dt>
          <dd>
            {whenText(ctx, meeting)}
            {meeting.timeKnown ? ` (${meeting.timeZone})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('meetings.column.where')}</dt>
          <dd>
            <Where ctx={ctx} meeting={meeting} />
          </dd>
        </div>
        <div>
          <dt>{t('meetings.visibility')}</dt>
          <dd>{t(`meetings.visibility.${meeting.visibility}` as MessageKey)}</dd>
        </div>
      </dl>
      {meeting.note ? <p class="notice">{meeting.note}</p> : null}
      <p class="actions no-print">
        <a href={`${meeting.url}.ics`}>{t('meetings.ics')}</a>
        {meeting.rights.manage ? <a href={`${meeting.url}/edit`}>{t('meetings.edit')}</a> : null}
      </p>
      {meeting.summary ? <div class="prose">{renderMarkdown(meeting.summary)}</div> : null}
      <SourceList ctx={ctx} sources={meeting.sources} />

      <h2>{t('meetings.agenda')}</h2>
      {meeting.agenda.length === 0 ? (
        <p>{t('meetings.agenda.none')}</p>
      ) : (
        <ol>
          {meeting.agenda.map((item) => (
            <li>{item}</li>
          ))}
        </ol>
      )}

      <h2>{t('meetings.participants')}</h2>
      <Attendance ctx={ctx} meeting={meeting} />
      {meeting.rights.invite ? (
        <div class="actions no-print">
          {meeting.invitationsSentAt ? <p class="meta">{t('meetings.invitations.sent', { date: ctx.fmt.date(meeting.invitationsSentAt) })}</p> : null}
          <PostForm ctx={ctx} action={`${meeting.url}/invitations`}>
            <button type="submit" class="secondary">
              {t('meetings.invitations.send', { count: meeting.participants.length })}
            </button>
          </PostForm>
        </div>
      ) : null}

      <h2>{t('meetings.documents')}</h2>
      <Documents ctx={ctx} meeting={meeting} form={data.documentForm} />

      <h2 id="decisions">{t('meetings.decisions')}</h2>
      <Decisions ctx={ctx} decisions={meeting.decisions} statements={data.statements} />
      {meeting.rights.recordDecision ? <DecisionForm ctx={ctx} meeting={meeting} data={data} /> : null}

      <Minutes ctx={ctx} meeting={meeting} />
    </Layout>
  );
}
