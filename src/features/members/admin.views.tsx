/** The secretariat's screens for member organizations, membership counts and history entries. */
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FactList, Field, fieldValue, FormActions, NewerValues, PostForm, SelectField, TextArea, TextField, type FormState, type SelectOption } from '../../views/components/forms';
import { ReferenceSections, UncertainField } from '../../views/components/reference-admin';
import { ScrollTable } from '../../views/components/scroll-region';
import { Layout } from '../../views/layout';
import type { HistoryRecord, MembershipCountRecord } from './about-records.service';
import { kindLabel } from './members.views';
import type { Vocabulary } from '../vocabularies/vocabularies.schemas';
import type { OrganizationListItem } from './organizations.service';
import { entityStatuses } from './organizations.schemas';

/** The sources of a record, one address a line; `id` tells two such fields on one page apart. */
function SourcesField({ ctx, state, id = 'sources' }: { ctx: ViewContext; state: FormState; id?: string }): SafeHtml {
  const error = state.errors.sources;
  return (
    <Field id={id} name="sources" label={ctx.t('referenceAdmin.sources')} hint={ctx.t('referenceAdmin.sources.hint')} errors={state.errors}>
      <textarea id={id} name="sources" rows={3} aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')} aria-invalid={error ? 'true' : undefined}>
        {fieldValue(state, 'sources')}
      </textarea>
    </Field>
  );
}

function statusOptions(ctx: ViewContext): SelectOption[] {
  return entityStatuses.map((status) => ({ value: status, label: ctx.t(`members.status.${status}`) }));
}

// ---- organizations ----

export function OrganizationsAdminPage({ ctx, organizations, kinds, notice }: { ctx: ViewContext; organizations: OrganizationListItem[]; kinds: Vocabulary; notice: string | null }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('referenceAdmin.members.title')} description={t('referenceAdmin.members.intro')}>
      <ReferenceSections ctx={ctx} />
      <h1>{t('referenceAdmin.members.title')}</h1>
      <p>{t('referenceAdmin.members.intro')}</p>
      <Flash message={notice} />
      <p>
        <a class="button" href="/admin/members/new">
          {t('referenceAdmin.members.add')}
        </a>
      </p>
      <p role="status">{t('referenceAdmin.members.count', { count: organizations.length })}</p>
      <ScrollTable id="organizations" caption={t('referenceAdmin.members.title')}>
        <thead>
          <tr>
            <th scope="col">{t('referenceAdmin.members.acronym')}</th>
            <th scope="col">{t('referenceAdmin.members.name')}</th>
            <th scope="col">{t('referenceAdmin.members.kind')}</th>
            <th scope="col">{t('referenceAdmin.members.status')}</th>
            <th scope="col">{t('referenceAdmin.members.joined')}</th>
            <th scope="col">{t('referenceAdmin.members.left')}</th>
            <th scope="col">{t('referenceAdmin.members.successor')}</th>
            <th scope="col">{t('referenceAdmin.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((organization) => (
            <tr>
              <th scope="row">
                <a href={`/admin/members/${encodeURIComponent(organization.slug)}`}>{organization.acronym}</a>
              </th>
              <td>{organization.name}</td>
              <td>{kindLabel(ctx, kinds, organization.kind)}</td>
              <td>{t(`members.status.${organization.status as (typeof entityStatuses)[number]}`)}</td>
              <td>{organization.joinedYear === null ? '—' : String(organization.joinedYear)}</td>
              <td>{organization.leftYear === null ? '—' : String(organization.leftYear)}</td>
              <td>{organization.successor ?? '—'}</td>
              <td>{t('referenceAdmin.sourceCount', { count: organization.sourceCount })}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Layout>
  );
}

export interface OrganizationFormData {
  /** The organization edited, or null to add one. */
  editing: { acronym: string; slug: string; name: string } | null;
  kinds: SelectOption[];
  state: FormState;
  /** The retire form, when editing. */
  retire?: { state: FormState; successors: SelectOption[] };
  /** What was just done (added, saved, retired), after a redirect. */
  notice?: string | null;
}

export function OrganizationFormPage({ ctx, data }: { ctx: ViewContext; data: OrganizationFormData }): SafeHtml {
  const { t } = ctx;
  const { editing, state } = data;
  const title = editing ? t('referenceAdmin.members.edit.title', { acronym: editing.acronym }) : t('referenceAdmin.members.new.title');
  const value = (name: string) => fieldValue(state, name);
  const action = editing ? `/admin/members/${encodeURIComponent(editing.slug)}` : '/admin/members';
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <ReferenceSections ctx={ctx} />
      <p class="breadcrumb">
        <a href="/admin/members">{t('referenceAdmin.members.title')}</a>
        {editing ? (
          <>
            {' · '}
            <a href={`/members/${encodeURIComponent(editing.slug)}`}>{t('referenceAdmin.members.page')}</a>
          </>
        ) : null}
      </p>
      <h1>{title}</h1>
      <Flash message={data.notice} />
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={action} class="stacked">
        {editing ? (
          <input type="hidden" name="version" value={value('version')} />
        ) : (
          <TextField
            name="acronym"
            label={t('referenceAdmin.members.acronym')}
            hint={t('referenceAdmin.members.acronym.hint')}
            value={value('acronym')}
            errors={state.errors}
            required
            maxlength={40}
          />
        )}
        <TextField name="name" label={t('referenceAdmin.members.name')} value={value('name')} errors={state.errors} required maxlength={200} />
        <SelectField name="kind" label={t('referenceAdmin.members.kind')} options={data.kinds} selected={value('kind')} errors={state.errors} />
        <SelectField name="status" label={t('referenceAdmin.members.status')} options={statusOptions(ctx)} selected={value('status') || 'member'} errors={state.errors} />
        <TextField name="joined_year" label={t('referenceAdmin.members.joined')} type="number" value={value('joined_year')} errors={state.errors} />
        <TextField name="left_year" label={t('referenceAdmin.members.left')} type="number" value={value('left_year')} errors={state.errors} />
        <TextArea name="mandate" label={t('referenceAdmin.members.mandate')} value={value('mandate')} errors={state.errors} rows={4} />
        <TextArea name="role_note" label={t('referenceAdmin.members.roleNote')} value={value('role_note')} errors={state.errors} rows={3} />
        <SourcesField ctx={ctx} state={state} />
        <UncertainField ctx={ctx} state={state} />
        <FormActions ctx={ctx} submit={editing ? t('form.save') : t('referenceAdmin.add')} cancel="/admin/members" />
      </PostForm>
      {editing && data.retire ? (
        <section aria-labelledby="retire-title">
          <h2 id="retire-title">{t('referenceAdmin.members.retire.title')}</h2>
          <p>{t('referenceAdmin.members.retire.intro')}</p>
          <ErrorSummary ctx={ctx} errors={data.retire.state.errors} message={data.retire.state.message} />
          <PostForm ctx={ctx} action={`${action}/retire`} class="stacked">
            <input type="hidden" name="version" value={fieldValue(data.retire.state, 'version')} />
            <TextField
              name="retire_left_year"
              label={t('referenceAdmin.members.left')}
              type="number"
              value={fieldValue(data.retire.state, 'left_year')}
              errors={prefixed(data.retire.state.errors)}
              required
            />
            <SelectField
              name="successor"
              label={t('referenceAdmin.members.successor')}
              options={data.retire.successors}
              selected={fieldValue(data.retire.state, 'successor')}
              blank={t('referenceAdmin.members.successor.none')}
              errors={data.retire.state.errors}
            />
            <FormActions ctx={ctx} submit={t('referenceAdmin.members.retire.submit')} cancel="/admin/members" />
          </PostForm>
        </section>
      ) : null}
    </Layout>
  );
}

/** The retire form's year is named apart from the edit form's, so both can sit on one page. */
function prefixed(errors: FormState['errors']): FormState['errors'] {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field === 'left_year' ? 'retire_left_year' : field, message]));
}

// ---- membership counts and history ----

export interface AboutAdminData {
  counts: MembershipCountRecord[];
  history: HistoryRecord[];
  notice: string | null;
  countForm: FormState;
  historyForm: FormState;
}

export function AboutAdminPage({ ctx, data }: { ctx: ViewContext; data: AboutAdminData }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('referenceAdmin.about.title')} description={t('referenceAdmin.about.intro')}>
      <ReferenceSections ctx={ctx} />
      <h1>{t('referenceAdmin.about.title')}</h1>
      <p>
        {t('referenceAdmin.about.intro')} <a href="/about">{t('nav.about')}</a>
      </p>
      <Flash message={data.notice} />
      <h2 id="counts">{t('referenceAdmin.counts.title')}</h2>
      {data.counts.length === 0 ? (
        <p>{t('referenceAdmin.none')}</p>
      ) : (
        <ScrollTable id="counts-table" caption={t('referenceAdmin.counts.title')}>
          <thead>
            <tr>
              <th scope="col">{t('referenceAdmin.counts.asOf')}</th>
              <th scope="col">{t('referenceAdmin.counts.count')}</th>
              <th scope="col">{t('referenceAdmin.counts.note')}</th>
              <th scope="col">{t('referenceAdmin.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {data.counts.map((count) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/about/counts/${count.id}`}>{ctx.fmt.date(count.asOf)}</a>
                </th>
                <td>{ctx.fmt.number(count.count)}</td>
                <td>{count.note ?? '—'}</td>
                <td>{t('referenceAdmin.sourceCount', { count: count.sources.length })}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h3>{t('referenceAdmin.counts.add')}</h3>
      <CountForm ctx={ctx} state={data.countForm} action="/admin/about/counts" submit={t('referenceAdmin.add')} />

      <h2 id="history">{t('referenceAdmin.history.title')}</h2>
      {data.history.length === 0 ? (
        <p>{t('referenceAdmin.none')}</p>
      ) : (
        <ol class="history">
          {data.history.map((entry) => (
            <li>
              <a href={`/admin/about/history/${entry.id}`}>{ctx.fmt.date(entry.occurredOn)}</a>: {entry.summary} ({t('referenceAdmin.sourceCount', { count: entry.sources.length })})
            </li>
          ))}
        </ol>
      )}
      <h3>{t('referenceAdmin.history.add')}</h3>
      <HistoryForm ctx={ctx} state={data.historyForm} action="/admin/about/history" submit={t('referenceAdmin.add')} />
    </Layout>
  );
}

function CountForm({ ctx, state, action, submit }: { ctx: ViewContext; state: FormState; action: string; submit: string }): SafeHtml {
  const { t } = ctx;
  return (
    <>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action={action} class="stacked">
        {state.values.version !== undefined ? <input type="hidden" name="version" value={fieldValue(state, 'version')} /> : null}
        <TextField name="as_of" label={t('referenceAdmin.counts.asOf')} hint={t('referenceAdmin.counts.asOf.hint')} value={fieldValue(state, 'as_of')} errors={state.errors} required maxlength={10} />
        <TextField name="count" label={t('referenceAdmin.counts.count')} type="number" value={fieldValue(state, 'count')} errors={state.errors} required />
        <TextArea name="note" label={t('referenceAdmin.counts.note')} value={fieldValue(state, 'note')} errors={state.errors} rows={2} />
        <SourcesField ctx={ctx} state={state} id="count-sources" />
        <FormActions ctx={ctx} submit={submit} cancel="/admin/about" />
      </PostForm>
    </>
  );
}

function HistoryForm({ ctx, state, action, submit }: { ctx: ViewContext; state: FormState; action: string; submit: string }): SafeHtml {
  const { t } = ctx;
  return (
    <>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action={action} class="stacked">
        {state.values.version !== undefined ? <input type="hidden" name="version" value={fieldValue(state, 'version')} /> : null}
        <TextField
          name="occurred_on"
          label={t('referenceAdmin.history.date')}
          hint={t('referenceAdmin.counts.asOf.hint')}
          value={fieldValue(state, 'occurred_on')}
          errors={state.errors}
          required
          maxlength={10}
        />
        <TextArea name="summary" label={t('referenceAdmin.history.summary')} value={fieldValue(state, 'summary')} errors={state.errors} rows={4} />
        <SourcesField ctx={ctx} state={state} id="history-sources" />
        <FormActions ctx={ctx} submit={submit} cancel="/admin/about" />
      </PostForm>
    </>
  );
}

function DeleteForm({ ctx, action, version }: { ctx: ViewContext; action: string; version: string }): SafeHtml {
  return (
    <PostForm ctx={ctx} action={action} confirm={ctx.t('referenceAdmin.delete.confirm')}>
      <input type="hidden" name="version" value={version} />
      <button type="submit" class="danger">
        {ctx.t('referenceAdmin.delete')}
      </button>
    </PostForm>
  );
}

/** The edit page of a membership count or a history entry: its form, and deleting it. */
function AboutRecordEditPage({ ctx, title, state, path, form }: { ctx: ViewContext; title: string; state: FormState; path: string; form: SafeHtml }): SafeHtml {
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <ReferenceSections ctx={ctx} />
      <p class="breadcrumb">
        <a href="/admin/about">{ctx.t('referenceAdmin.about.title')}</a>
      </p>
      <h1>{title}</h1>
      <NewerValues ctx={ctx} newer={state.newer} />
      {form}
      <DeleteForm ctx={ctx} action={`${path}/delete`} version={fieldValue(state, 'version')} />
    </Layout>
  );
}

export function CountEditPage({ ctx, count, state }: { ctx: ViewContext; count: MembershipCountRecord; state: FormState }): SafeHtml {
  const path = `/admin/about/counts/${count.id}`;
  const form = <CountForm ctx={ctx} state={state} action={path} submit={ctx.t('form.save')} />;
  return <AboutRecordEditPage ctx={ctx} title={ctx.t('referenceAdmin.counts.edit.title', { date: ctx.fmt.date(count.asOf) })} state={state} path={path} form={form} />;
}

export function HistoryEditPage({ ctx, entry, state }: { ctx: ViewContext; entry: HistoryRecord; state: FormState }): SafeHtml {
  const path = `/admin/about/history/${entry.id}`;
  const form = <HistoryForm ctx={ctx} state={state} action={path} submit={ctx.t('form.save')} />;
  return <AboutRecordEditPage ctx={ctx} title={ctx.t('referenceAdmin.history.edit.title', { date: ctx.fmt.date(entry.occurredOn) })} state={state} path={path} form={form} />;
}

/** What is saved now, beside a form refused as stale. */
export function newerRecord(ctx: ViewContext, record: MembershipCountRecord | HistoryRecord | null): SafeHtml {
  if (!record) return <p>{ctx.t('referenceAdmin.deleted')}</p>;
  const rows: [string, string][] =
    'count' in record
      ? [
          [ctx.t('referenceAdmin.counts.asOf'), ctx.fmt.date(record.asOf)],
          [ctx.t('referenceAdmin.counts.count'), ctx.fmt.number(record.count)],
          [ctx.t('referenceAdmin.counts.note'), record.note ?? '—'],
        ]
      : [
          [ctx.t('referenceAdmin.history.date'), ctx.fmt.date(record.occurredOn)],
          [ctx.t('referenceAdmin.history.summary'), record.summary],
        ];
  return <FactList rows={[...rows, [ctx.t('referenceAdmin.sources'), record.sources.join(' · ') || '—']]} />;
}

/** An organization's record as saved now, beside an edit refused as stale. */
export function newerOrganization(
  ctx: ViewContext,
  kinds: Vocabulary,
  row: { name: string; kind: string; status: string; joined_year: number | null; left_year: number | null; sources: string[] },
): SafeHtml {
  const { t } = ctx;
  const rows: [string, string][] = [
    [t('referenceAdmin.members.name'), row.name],
    [t('referenceAdmin.members.kind'), kindLabel(ctx, kinds, row.kind)],
    [t('referenceAdmin.members.status'), t(`members.status.${row.status as (typeof entityStatuses)[number]}`)],
    [t('referenceAdmin.members.joined'), row.joined_year === null ? '—' : String(row.joined_year)],
    [t('referenceAdmin.members.left'), row.left_year === null ? '—' : String(row.left_year)],
    [t('referenceAdmin.sources'), row.sources.join(' · ') || '—'],
  ];
  return <FactList rows={rows} />;
}
