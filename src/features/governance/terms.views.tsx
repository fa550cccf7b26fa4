/** The secretariat's screens for the terms: the list of years, adding one, and editing a year. */
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import {
  ErrorSummary,
  FactList,
  Field,
  fieldList,
  fieldValue,
  FormActions,
  NewerValues,
  PostForm,
  SelectField,
  TextArea,
  TextField,
  type FormState,
  type SelectOption,
} from '../../views/components/forms';
import { ReferenceSections, UncertainField } from '../../views/components/reference-admin';
import { ScrollTable } from '../../views/components/scroll-region';
import { Layout } from '../../views/layout';
import type { EditableTerm, TermListItem } from './terms.editing.service';

export function TermsAdminPage({ ctx, terms, notice, state }: { ctx: ViewContext; terms: TermListItem[]; notice: string | null; state: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('referenceAdmin.terms.title')} description={t('referenceAdmin.terms.intro')}>
      <ReferenceSections ctx={ctx} />
      <h1>{t('referenceAdmin.terms.title')}</h1>
      <p>{t('referenceAdmin.terms.intro')}</p>
      <Flash message={notice} />
      <h2>{t('referenceAdmin.terms.add')}</h2>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action="/admin/terms" class="stacked">
        <TextField name="year" label={t('referenceAdmin.terms.year')} type="number" value={fieldValue(state, 'year')} errors={state.errors} required />
        <FormActions ctx={ctx} submit={t('referenceAdmin.add')} cancel="/admin/terms" />
      </PostForm>
      {terms.length === 0 ? (
        <p>{t('referenceAdmin.none')}</p>
      ) : (
        <ScrollTable id="terms" caption={t('referenceAdmin.terms.title')}>
          <thead>
            <tr>
              <th scope="col">{t('referenceAdmin.terms.year')}</th>
              <th scope="col">{t('referenceAdmin.terms.chairs')}</th>
              <th scope="col">{t('referenceAdmin.terms.endorsed')}</th>
              <th scope="col">{t('referenceAdmin.terms.priorities')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/terms/${term.year}`}>{String(term.year)}</a>
                </th>
                <td>{term.chairs.length > 0 ? term.chairs.join(', ') : t('referenceAdmin.terms.chair.none')}</td>
                <td>{term.endorsedOn ? ctx.fmt.date(term.endorsedOn) : t('referenceAdmin.terms.notEndorsed')}</td>
                <td>{t('referenceAdmin.terms.priorityCount', { count: term.priorityCount })}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </Layout>
  );
}

/** The form's values for a term as saved, with three empty priority rows to add to. */
export function termFormValues(term: EditableTerm): FormState['values'] {
  const rows = [
    ...term.priorities.map((priority) => ({ id: String(priority.id), title: priority.title, sources: priority.sources.join('\n'), kind: priority.crossCutting ? 'cross_cutting' : 'priority' })),
    ...emptyRows(3),
  ];
  return {
    chair_1: term.chairs[0] ?? '',
    chair_2: term.chairs[1] ?? '',
    endorsed_on: term.endorsedOn ?? '',
    note: term.note ?? '',
    sources: term.sources.join('\n'),
    uncertain: term.uncertain ? 'true' : '',
    priority_id: rows.map((row) => row.id),
    priority_title: rows.map((row) => row.title),
    priority_sources: rows.map((row) => row.sources),
    priority_kind: rows.map((row) => row.kind),
    version: String(term.version),
  };
}

function emptyRows(count: number) {
  return Array.from({ length: count }, () => ({ id: '', title: '', sources: '', kind: 'priority' }));
}

export interface TermEditData {
  term: EditableTerm;
  chairs: SelectOption[];
  /** The decision that endorsed the term, when one is on record. */
  decision: { reference: string; url: string } | null;
  state: FormState;
  notice: string | null;
}

export function TermEditPage({ ctx, data }: { ctx: ViewContext; data: TermEditData }): SafeHtml {
  const { t } = ctx;
  const { state } = data;
  const title = t('referenceAdmin.terms.edit.title', { year: String(data.term.year) });
  const value = (name: string) => fieldValue(state, name);
  const ids = fieldList(state, 'priority_id');
  const titles = fieldList(state, 'priority_title');
  const sources = fieldList(state, 'priority_sources');
  const kinds = fieldList(state, 'priority_kind');
  const kindOptions: SelectOption[] = [
    { value: 'priority', label: t('referenceAdmin.terms.priority.area') },
    { value: 'cross_cutting', label: t('referenceAdmin.terms.priority.crossCutting') },
  ];
  return (
    <Layout ctx={ctx} title={title} description={t('referenceAdmin.terms.intro')}>
      <ReferenceSections ctx={ctx} />
      <p class="breadcrumb">
        <a href="/admin/terms">{t('referenceAdmin.terms.title')}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={data.notice} />
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`/admin/terms/${data.term.year}`} class="stacked">
        <input type="hidden" name="version" value={value('version')} />
        <SelectField name="chair_1" label={t('referenceAdmin.terms.chair1')} options={data.chairs} selected={value('chair_1')} blank={t('referenceAdmin.terms.chair.none')} errors={state.errors} />
        <SelectField name="chair_2" label={t('referenceAdmin.terms.chair2')} options={data.chairs} selected={value('chair_2')} blank={t('referenceAdmin.terms.chair.none')} errors={state.errors} />
        <TextField name="endorsed_on" label={t('referenceAdmin.terms.endorsedOn')} hint={t('referenceAdmin.terms.endorsedOn.hint')} value={value('endorsed_on')} errors={state.errors} maxlength={10} />
        {data.decision ? (
          <p>
            {t('referenceAdmin.terms.decision')} <a href={data.decision.url}>{t('governance.endorsed.decision', { reference: data.decision.reference })}</a>
          </p>
        ) : null}
        <TextArea name="note" label={t('referenceAdmin.terms.note')} value={value('note')} errors={state.errors} rows={2} />
        <TextArea name="sources" label={t('referenceAdmin.sources')} hint={t('referenceAdmin.sources.hint')} value={value('sources')} errors={state.errors} rows={3} />
        <UncertainField ctx={ctx} state={state} />
        <fieldset class="field" id="priorities">
          <legend>{t('referenceAdmin.terms.priorities.legend')}</legend>
          <p class="hint">{t('referenceAdmin.terms.priorities.hint')}</p>
          {state.errors.priorities ? (
            <p class="error-message" id="priorities-error">
              {state.errors.priorities}
            </p>
          ) : null}
          <ol>
            {titles.map((rowTitle, index) => {
              const position = String(index + 1);
              return (
                <li>
                  <input type="hidden" name="priority_id" value={ids[index] ?? ''} />
                  <Field id={`priorities.${index}.title`} name={`priorities.${index}.title`} label={t('referenceAdmin.terms.priority.title', { position })} errors={state.errors}>
                    <input type="text" id={`priorities.${index}.title`} name="priority_title" value={rowTitle} maxlength={300} />
                  </Field>
                  <Field id={`priorities.${index}.crossCutting`} name={`priorities.${index}.crossCutting`} label={t('referenceAdmin.terms.priority.kind', { position })} errors={state.errors}>
                    <select id={`priorities.${index}.crossCutting`} name="priority_kind">
                      {kindOptions.map((option) => (
                        <option value={option.value} selected={option.value === (kinds[index] ?? 'priority')}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={`priorities.${index}.sources`} name={`priorities.${index}.sources`} label={t('referenceAdmin.terms.priority.sources', { position })} errors={state.errors}>
                    <textarea id={`priorities.${index}.sources`} name="priority_sources" rows={2}>
                      {sources[index] ?? ''}
                    </textarea>
                  </Field>
                </li>
              );
            })}
          </ol>
        </fieldset>
        <FormActions ctx={ctx} submit={t('form.save')} cancel="/admin/terms" />
      </PostForm>
    </Layout>
  );
}

/** A term as saved now, beside an edit refused as stale. */
export function newerTerm(ctx: ViewContext, term: EditableTerm): SafeHtml {
  const { t } = ctx;
  const rows: [string, string][] = [
    [t('referenceAdmin.terms.chairs'), term.chairs.join(', ') || t('referenceAdmin.terms.chair.none')],
    [t('referenceAdmin.terms.endorsedOn'), term.endorsedOn ? ctx.fmt.date(term.endorsedOn) : t('referenceAdmin.terms.notEndorsed')],
    [t('referenceAdmin.terms.note'), term.note ?? '—'],
    [t('referenceAdmin.terms.priorities'), term.priorities.map((priority) => priority.title).join(' · ') || '—'],
  ];
  return <FactList rows={rows} />;
}
