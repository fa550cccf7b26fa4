import type { SafeHtml } from '../../lib/html';
import { textDirection, type Locale } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { VersionsDiff } from '../../views/components/diff';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FilterBar, FormActions, NewerValues, PostForm, SelectField, TextArea, TextField, emptyForm, fieldValue, plainOptions, type FormState } from '../../views/components/forms';
import { ScrollTable } from '../../views/components/scroll-region';
import { Layout } from '../../views/layout';
import type { TextTranslations, TranslationDetail, TranslationDiff, TranslationSummary } from './translations.service';
import { translationsUrl } from './translations.paths';

export { emptyForm, type FormState };

function languageName(ctx: ViewContext, language: Locale): string {
  return ctx.t('text.language', { language });
}

function StatusText({ ctx, translation }: { ctx: ViewContext; translation: TranslationSummary }): SafeHtml {
  const { t } = ctx;
  if (translation.official) {
    return (
      <>
        <span class="status status-official">{t('translation.status.official')}</span>
        {translation.approvedAt ? (
          <span class="meta">{` · ${t('translation.approvedLine', { number: translation.approvedVersion ?? 0, name: translation.approvedBy ?? '', date: ctx.fmt.date(translation.approvedAt) })}`}</span>
        ) : null}
      </>
    );
  }
  return (
    <>
      <span class="status status-unofficial">{t('translation.status.unofficial')}</span>
      {translation.approvedVersion !== null && translation.approvedAt ? (
        <span class="meta">
          {` · ${t('translation.status.awaiting', { number: translation.currentVersion })} · ${t('translation.approvedLine', { number: translation.approvedVersion, name: translation.approvedBy ?? '', date: ctx.fmt.date(translation.approvedAt) })}`}
        </span>
      ) : null}
    </>
  );
}

/** The fields of a translation's words: title, text (Markdown) and a note on what changed. */
function TextFields({ ctx, state, language }: { ctx: ViewContext; state: FormState; language: Locale | null }): SafeHtml {
  const { t } = ctx;
  const field = (content: SafeHtml) =>
    language ? (
      <div lang={language} dir={textDirection(language)}>
        {content}
      </div>
    ) : (
      content
    );
  return (
    <>
      {field(
        <>
          <TextField name="title" label={t('translation.field.title')} value={fieldValue(state, 'title')} errors={state.errors} required maxlength={300} />
          <TextArea name="body" label={t('translation.field.body')} value={fieldValue(state, 'body')} errors={state.errors} hint={t('form.markdown.hint')} rows={16} />
        </>,
      )}
      <TextField name="note" label={t('translation.field.note')} value={fieldValue(state, 'note')} errors={state.errors} maxlength={500} />
    </>
  );
}

export function TranslationsPage({ ctx, data, state, notice }: { ctx: ViewContext; data: TextTranslations; state: FormState; notice: string | null }): SafeHtml {
  const { t } = ctx;
  const { source } = data;
  const title = t('translation.list.title', { title: source.title });
  const languageOptions = data.missing.map((language) => ({ value: language, label: languageName(ctx, language) }));
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={source.url}>{source.title}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={notice} />
      <p>{t('translation.list.intro', { language: source.language })}</p>
      <p class="meta">{t('translation.count', { count: data.translations.length })}</p>
      {data.translations.length > 0 ? (
        <ScrollTable id="translations" caption={t('translation.section.title')}>
          <thead>
            <tr>
              <th scope="col">{t('translation.column.language')}</th>
              <th scope="col">{t('translation.column.status')}</th>
              <th scope="col">{t('translation.column.version')}</th>
              <th scope="col">{t('translation.column.by')}</th>
            </tr>
          </thead>
          <tbody>
            {data.translations.map((translation) => (
              <tr>
                <td>
                  <a href={translation.href}>{languageName(ctx, translation.language)}</a>
                </td>
                <td>
                  <StatusText ctx={ctx} translation={translation} />
                </td>
                <td>{ctx.fmt.number(translation.currentVersion)}</td>
                <td>{translation.entityAcronym ?? t('translation.secretariat')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p>{t('translation.section.none')}</p>
      )}
      {data.rights.add ? (
        <section aria-labelledby="add-translation-title">
          <h2 id="add-translation-title">{t('translation.add.title')}</h2>
          {languageOptions.length === 0 ? (
            <p>{t('translation.add.allDone')}</p>
          ) : (
            <>
              <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
              <PostForm ctx={ctx} action={translationsUrl(source)} class="stacked">
                <SelectField name="language" label={t('translation.field.language')} options={languageOptions} selected={fieldValue(state, 'language')} errors={state.errors} />
                <TextFields ctx={ctx} state={state} language={null} />
                <FormActions ctx={ctx} submit={t('translation.add.submit')} cancel={source.url} />
              </PostForm>
            </>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

export interface TranslationForms {
  edit?: FormState;
  approve?: FormState;
}

export function TranslationPage({ ctx, data, forms, notice }: { ctx: ViewContext; data: TranslationDetail; forms: TranslationForms; notice: string | null }): SafeHtml {
  const { t } = ctx;
  const { source, translation, text } = data;
  const title = t('translation.page.title', { language: translation.language, title: source.title });
  const edit = forms.edit ?? { ...emptyForm, values: { title: text.title, body: text.body, version: String(data.version) } };
  const approve = forms.approve ?? emptyForm;
  const versionOptions = plainOptions(data.versions.map((version) => version.number));
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={source.url}>{source.title}</a>
        {' · '}
        <a href={translationsUrl(source)}>{t('translation.back')}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={notice} />
      <p>
        <StatusText ctx={ctx} translation={translation} />
      </p>
      <p class="meta">{t('translation.version.line', { number: text.number, author: text.authorLabel, date: ctx.fmt.date(text.createdAt) })}</p>
      <article lang={translation.language} dir={textDirection(translation.language)} class="prose">
        <h2>{text.title}</h2>
        {renderMarkdown(text.body)}
      </article>
      {data.rights.approve ? (
        <section aria-labelledby="approve-title" class="no-print">
          <h2 id="approve-title">{t('translation.approve.title')}</h2>
          <ErrorSummary ctx={ctx} errors={approve.errors} message={approve.message} />
          <NewerValues ctx={ctx} newer={approve.newer} />
          <p>{t('translation.approve.intro', { number: text.number })}</p>
          <PostForm ctx={ctx} action={`${translation.href}/approve`}>
            <input type="hidden" name="number" value={String(text.number)} />
            <input type="hidden" name="version" value={String(data.version)} />
            <button type="submit">{t('translation.approve.submit', { number: text.number })}</button>
          </PostForm>
        </section>
      ) : null}
      {data.rights.edit ? (
        <section aria-labelledby="edit-title" class="no-print">
          <h2 id="edit-title">{t('translation.edit.title')}</h2>
          <ErrorSummary ctx={ctx} errors={edit.errors} message={edit.message} />
          <NewerValues ctx={ctx} newer={edit.newer} />
          <p>{t('translation.edit.intro', { number: text.number + 1 })}</p>
          <PostForm ctx={ctx} action={translation.href} class="stacked">
            <input type="hidden" name="version" value={fieldValue(edit, 'version')} />
            <TextFields ctx={ctx} state={edit} language={translation.language} />
            <FormActions ctx={ctx} submit={t('translation.edit.submit')} cancel={translationsUrl(source)} />
          </PostForm>
        </section>
      ) : (
        <p class="meta">{t('translation.edit.notAllowed')}</p>
      )}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t('translation.versions.title')}</h2>
        <ol reversed>
          {data.versions.map((version) => (
            <li>
              {t('translation.version.line', { number: version.number, author: version.authorLabel, date: ctx.fmt.date(version.createdAt) })}
              {version.note ? <span class="meta">{` · ${version.note}`}</span> : null}
            </li>
          ))}
        </ol>
        {data.versions.length > 1 ? (
          <FilterBar action={`${translation.href}/diff`} class="no-print" apply={t('diff.compare')}>
            <SelectField name="from" label={t('diff.from')} options={versionOptions} selected={String(Math.max(1, text.number - 1))} />
            <SelectField name="to" label={t('diff.to')} options={versionOptions} selected={String(text.number)} />
          </FilterBar>
        ) : null}
      </section>
    </Layout>
  );
}

/** What is saved now, shown above the form of a person whose save was refused as stale. */
export function newerTranslation(text: { number: number; title: string; body: string }, language: Locale): SafeHtml {
  return (
    <div class="prose" lang={language} dir={textDirection(language)}>
      <p>
        <strong>{`${text.number}. ${text.title}`}</strong>
      </p>
      {renderMarkdown(text.body)}
    </div>
  );
}

export function TranslationDiffPage({ ctx, diff }: { ctx: ViewContext; diff: TranslationDiff }): SafeHtml {
  const { t } = ctx;
  const title = t('translation.diff.title', { from: diff.from.number, to: diff.to.number });
  const href = `${translationsUrl(diff.source)}/${diff.language}`;
  return (
    <Layout ctx={ctx} title={`${title} · ${diff.source.title}`} description={title}>
      <p class="breadcrumb">
        <a href={href}>{t('translation.page.title', { language: diff.language, title: diff.source.title })}</a>
      </p>
      <h1>{title}</h1>
      <VersionsDiff ctx={ctx} from={diff.from} to={diff.to} blocks={diff.blocks} lineKey="translation.version.line" language={diff.language} />
    </Layout>
  );
}
