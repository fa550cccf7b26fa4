import type { SafeHtml } from '../../lib/html';
import { languageName, supportedLocales, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, fieldValue, FormActions, NewerValues, PostForm, TextField, type FormState } from '../../views/components/forms';
import { ScrollTable } from '../../views/components/scroll-region';
import { Layout } from '../../views/layout';
import { labelIn, offeredValues, vocabularyName, type Labels, type Vocabularies, type Vocabulary, type VocabularyValue } from './vocabularies.schemas';

export const vocabularyNotices = {
  added: 'vocabularies.notice.added',
  saved: 'vocabularies.notice.saved',
  valueAdded: 'vocabularies.notice.valueAdded',
  valueSaved: 'vocabularies.notice.valueSaved',
} as const satisfies Record<string, MessageKey>;

export function vocabularyHref(vocabulary: { code: string }): string {
  return `/admin/vocabularies/${encodeURIComponent(vocabulary.code)}`;
}

export function valueHref(vocabulary: { code: string }, value: { code: string }): string {
  return `${vocabularyHref(vocabulary)}/values/${encodeURIComponent(value.code)}`;
}

/** `{ en, fr }` -> `{ name_en, name_fr }`: the form's fields for labels in several languages. */
export function labelValues(prefix: string, labels: Labels): Record<string, string> {
  return Object.fromEntries(supportedLocales.map((locale) => [`${prefix}_${locale}`, labels[locale] ?? '']));
}

function LabelFields({ ctx, state, prefix, label, legend, hint }: { ctx: ViewContext; state: FormState; prefix: string; label: MessageKey; legend: string; hint: string }): SafeHtml {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <p class="hint">{hint}</p>
      {supportedLocales.map((locale) => (
        <TextField
          name={`${prefix}_${locale}`}
          label={ctx.t(label, { language: languageName(locale, ctx.locale) })}
          value={fieldValue(state, `${prefix}_${locale}`)}
          errors={state.errors}
          required={locale === 'en' && prefix !== 'caption'}
          maxlength={200}
        />
      ))}
    </fieldset>
  );
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }): SafeHtml {
  return (
    <p class="field">
      <label class="checkbox">
        <input type="checkbox" name={name} id={name} checked={checked} /> {label}
      </label>
    </p>
  );
}

const isChecked = (state: FormState, name: string) => ['on', 'true', 'yes'].includes(fieldValue(state, name));

function VocabularyRows({ ctx, list }: { ctx: ViewContext; list: Vocabulary[] }): SafeHtml {
  const { t } = ctx;
  return (
    <>
      {list.map((vocabulary) => (
        <tr>
          <th scope="row">
            <a href={vocabularyHref(vocabulary)}>{vocabularyName(vocabulary, ctx.locale)}</a>
          </th>
          <td>
            <code>{vocabulary.code}</code>
          </td>
          <td>
            {offeredValues(vocabulary)
              .map((value) => labelIn(value.labels, ctx.locale, value.code))
              .join(', ')}
          </td>
          <td>{vocabulary.purpose === 'mapping' ? t(vocabulary.charted ? 'vocabularies.charted.yes' : 'vocabularies.charted.no') : '—'}</td>
        </tr>
      ))}
    </>
  );
}

export function VocabulariesPage({ ctx, vocabularies, state, notice }: { ctx: ViewContext; vocabularies: Vocabularies; state: FormState; notice: string | null }): SafeHtml {
  const { t } = ctx;
  const kinds = vocabularies.kinds.version > 0 ? [vocabularies.kinds] : [];
  return (
    <Layout ctx={ctx} title={t('vocabularies.title')} description={t('vocabularies.intro')}>
      <h1>{t('vocabularies.title')}</h1>
      <Flash message={notice} />
      <p class="lead">{t('vocabularies.intro')}</p>
      <ScrollTable id="vocabularies-table" caption={t('vocabularies.title')}>
        <thead>
          <tr>
            <th scope="col">{t('vocabularies.column.name')}</th>
            <th scope="col">{t('vocabularies.column.code')}</th>
            <th scope="col">{t('vocabularies.column.values')}</th>
            <th scope="col">{t('vocabularies.column.charted')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="rowgroup" colspan="4">
              {t('vocabularies.mapping')}
            </th>
          </tr>
          <VocabularyRows ctx={ctx} list={vocabularies.dimensions} />
          <tr>
            <th scope="rowgroup" colspan="4">
              {t('vocabularies.kinds')}
            </th>
          </tr>
          <VocabularyRows ctx={ctx} list={kinds} />
        </tbody>
      </ScrollTable>
      <h2 id="add-dimension">{t('vocabularies.add.title')}</h2>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action="/admin/vocabularies" class="stacked">
        <TextField name="code" label={t('vocabularies.field.code')} hint={t('vocabularies.field.code.hint')} value={fieldValue(state, 'code')} errors={state.errors} required maxlength={60} />
        <LabelFields ctx={ctx} state={state} prefix="name" label="vocabularies.field.name" legend={t('vocabularies.names')} hint={t('vocabularies.field.labels.hint')} />
        <Checkbox name="charted" label={t('vocabularies.field.charted')} checked={isChecked(state, 'charted')} />
        <FormActions ctx={ctx} submit={t('vocabularies.add.submit')} cancel="/admin/vocabularies" />
      </PostForm>
    </Layout>
  );
}

export function vocabularyFormValues(vocabulary: Vocabulary, position: number): FormState['values'] {
  return {
    ...labelValues('name', vocabulary.names),
    ...labelValues('caption', vocabulary.captions),
    charted: vocabulary.charted ? 'on' : '',
    position: String(position),
    version: String(vocabulary.version),
  };
}

function ValueStatus({ ctx, value }: { ctx: ViewContext; value: VocabularyValue }): SafeHtml {
  return <>{value.retiredYear !== null ? ctx.t('vocabularies.value.retired', { year: String(value.retiredYear) }) : ctx.t('vocabularies.value.offered')}</>;
}

/** What is saved now, shown beside what was typed when a save was refused as stale. */
export function newerLabels(ctx: ViewContext, labels: Labels, extra?: SafeHtml): SafeHtml {
  return (
    <dl class="facts">
      {supportedLocales
        .filter((locale) => labels[locale])
        .map((locale) => (
          <div>
            <dt>{languageName(locale, ctx.locale)}</dt>
            <dd>{labels[locale]}</dd>
          </div>
        ))}
      {extra ?? null}
    </dl>
  );
}

export function VocabularyPage(props: { ctx: ViewContext; vocabulary: Vocabulary; state: FormState; valueState: FormState; notice: string | null }): SafeHtml {
  const { ctx, vocabulary, state, valueState } = props;
  const { t } = ctx;
  const title = t('vocabularies.edit.title', { name: vocabularyName(vocabulary, ctx.locale) });
  const isMapping = vocabulary.purpose === 'mapping';
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href="/admin/vocabularies">{t('vocabularies.back')}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={props.notice} />
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={vocabularyHref(vocabulary)} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version')} />
        <LabelFields ctx={ctx} state={state} prefix="name" label="vocabularies.field.name" legend={t('vocabularies.names')} hint={t('vocabularies.field.labels.hint')} />
        {isMapping ? (
          <>
            <LabelFields ctx={ctx} state={state} prefix="caption" label="vocabularies.field.caption" legend={t('vocabularies.captions')} hint={t('vocabularies.captions.hint')} />
            <Checkbox name="charted" label={t('vocabularies.field.charted')} checked={isChecked(state, 'charted')} />
            <TextField name="position" type="number" label={t('vocabularies.field.position')} value={fieldValue(state, 'position')} errors={state.errors} required />
          </>
        ) : (
          <input type="hidden" name="position" value={fieldValue(state, 'position') || '1'} />
        )}
        <FormActions ctx={ctx} submit={t('vocabularies.edit.save')} cancel="/admin/vocabularies" />
      </PostForm>
      <h2>{t('vocabularies.values.title')}</h2>
      {vocabulary.values.length === 0 ? (
        <p>{t('vocabularies.none')}</p>
      ) : (
        <ScrollTable id="values-table" caption={t('vocabularies.values.title')}>
          <thead>
            <tr>
              <th scope="col">{t('vocabularies.column.name')}</th>
              <th scope="col">{t('vocabularies.column.code')}</th>
              <th scope="col">{t('vocabularies.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {vocabulary.values.map((value) => (
              <tr>
                <th scope="row">
                  <a href={valueHref(vocabulary, value)}>{labelIn(value.labels, ctx.locale, value.code)}</a>
                </th>
                <td>
                  <code>{value.code}</code>
                </td>
                <td>
                  <ValueStatus ctx={ctx} value={value} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <h2 id="add-value">{t('vocabularies.value.add')}</h2>
      <ErrorSummary ctx={ctx} errors={valueState.errors} message={valueState.message} />
      <PostForm ctx={ctx} action={`${vocabularyHref(vocabulary)}/values`} class="stacked">
        <TextField
          name="code"
          label={t('vocabularies.field.code')}
          hint={t('vocabularies.field.code.hint')}
          value={fieldValue(valueState, 'code')}
          errors={valueState.errors}
          required
          maxlength={60}
        />
        <LabelFields ctx={ctx} state={valueState} prefix="label" label="vocabularies.field.label" legend={t('vocabularies.names')} hint={t('vocabularies.field.labels.hint')} />
        <FormActions ctx={ctx} submit={t('vocabularies.value.add.submit')} cancel={vocabularyHref(vocabulary)} />
      </PostForm>
    </Layout>
  );
}

export function valueFormValues(value: VocabularyValue, position: number): FormState['values'] {
  return { ...labelValues('label', value.labels), position: String(position), retired: value.retiredYear !== null ? 'on' : '', version: String(value.version) };
}

export function ValuePage({ ctx, vocabulary, value, state }: { ctx: ViewContext; vocabulary: Vocabulary; value: VocabularyValue; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = t('vocabularies.value.edit.title', { name: labelIn(value.labels, ctx.locale, value.code) });
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href="/admin/vocabularies">{t('vocabularies.back')}</a> › <a href={vocabularyHref(vocabulary)}>{vocabularyName(vocabulary, ctx.locale)}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <code>{value.code}</code> · <ValueStatus ctx={ctx} value={value} />
      </p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={valueHref(vocabulary, value)} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version')} />
        <LabelFields ctx={ctx} state={state} prefix="label" label="vocabularies.field.label" legend={t('vocabularies.names')} hint={t('vocabularies.field.labels.hint')} />
        <TextField name="position" type="number" label={t('vocabularies.field.position')} value={fieldValue(state, 'position')} errors={state.errors} required />
        <Checkbox name="retired" label={t('vocabularies.field.retired')} checked={isChecked(state, 'retired')} />
        <FormActions ctx={ctx} submit={t('vocabularies.value.save')} cancel={vocabularyHref(vocabulary)} />
      </PostForm>
    </Layout>
  );
}
