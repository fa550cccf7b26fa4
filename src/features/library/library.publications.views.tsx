/**
 * The publications: their list, a publication's page, and the form to add or edit one.
 */
import type { SafeHtml } from '../../lib/html';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { FileField, fileSizeKiB } from '../../views/components/file-field';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FilterBar, FormActions, PostForm, SelectField, TextArea, TextField, type FormState, type SelectOption } from '../../views/components/forms';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import { OriginalLanguageField, ShownTitle, TextInLanguage, TranslationsSection, type TextLanguagesData } from '../../views/components/text-languages';
import { publicationKinds, type Publication, type PublicationListQuery } from './library.schemas';
import type { PublicationPage } from './library.service';
import { Checkbox, DraftBadge, LibraryList, StatusForm, YearSelect, publicationHref, publicationKindLabel, publicationLabel, publicationYear, text } from './library.common.views';

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

function kindOptions(ctx: ViewContext): SelectOption[] {
  return publicationKinds.map((kind) => ({ value: kind, label: publicationKindLabel(ctx, kind) }));
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
