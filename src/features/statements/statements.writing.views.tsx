/**
 * Writing a text: a new statement, a new version of its text, and the difference between two versions.
 */
import type { SafeHtml } from '../../lib/html';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { ErrorSummary, fieldValue, FormActions, NewerValues, PostForm, SelectField, TextArea, TextField, type FormState } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { VersionsDiff } from '../../views/components/diff';
import { OriginalLanguageField } from '../../views/components/text-languages';
import type { StatementDetail, StatementDiff } from './statements.service';
import { kindOptions } from './statements.common.views';

export function NewStatementPage({ ctx, state }: { ctx: ViewContext; state: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('statement.new')} description={t('statement.new.intro')}>
      <p class="breadcrumb">
        <a href="/statements/workspace">{t('statement.workspace.title')}</a>
      </p>
      <h1>{t('statement.new')}</h1>
      <p>{t('statement.new.intro')}</p>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <PostForm ctx={ctx} action="/statements/new" class="stacked">
        <SelectField name="kind" label={t('statement.column.kind')} options={kindOptions(ctx)} selected={fieldValue(state, 'kind')} />
        <TextField name="title" label={t('statement.column.title')} value={fieldValue(state, 'title')} errors={state.errors} required maxlength={300} />
        <TextField name="slug" label={t('statement.slug')} value={fieldValue(state, 'slug')} errors={state.errors} hint={t('statement.slug.hint')} maxlength={100} />
        <TextArea name="body" label={t('statement.text')} value={fieldValue(state, 'body')} errors={state.errors} hint={t('form.markdown.hint')} rows={16} />
        <OriginalLanguageField ctx={ctx} selected={fieldValue(state, 'original_language')} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('statement.create')} cancel="/statements/workspace" />
      </PostForm>
    </Layout>
  );
}

export function EditTextPage({ ctx, statement, state }: { ctx: ViewContext; statement: StatementDetail; state: FormState }): SafeHtml {
  const { t } = ctx;
  const title = t('statement.edit.title', { title: statement.title });
  const openRound = statement.rounds.find((round) => round.open);
  return (
    <Layout ctx={ctx} title={title} description={title}>
      <p class="breadcrumb">
        <a href={statement.url}>{statement.title}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('statement.edit.intro', { number: statement.text.number + 1 })}</p>
      {openRound ? <p class="notice">{t('statement.edit.roundWarning')}</p> : null}
      {statement.status === 'endorsement' && !openRound ? <p class="notice">{t('statement.edit.endorsedWarning')}</p> : null}
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`${statement.url}/edit`} class="stacked">
        <input type="hidden" name="version" value={fieldValue(state, 'version')} />
        <TextField name="title" label={t('statement.column.title')} value={fieldValue(state, 'title')} errors={state.errors} required maxlength={300} />
        <TextArea name="body" label={t('statement.text')} value={fieldValue(state, 'body')} errors={state.errors} hint={t('form.markdown.hint')} rows={20} />
        <TextField name="note" label={t('statement.edit.note')} value={fieldValue(state, 'note')} errors={state.errors} hint={t('statement.edit.note.hint')} maxlength={500} />
        <FormActions ctx={ctx} submit={t('statement.edit.submit')} cancel={statement.url} />
      </PostForm>
    </Layout>
  );
}

export function newerText(text: { number: number; title: string; body: string }): SafeHtml {
  return (
    <div class="prose">
      <p>
        <strong>{`${text.number}. ${text.title}`}</strong>
      </p>
      {renderMarkdown(text.body)}
    </div>
  );
}

export function DiffPage({ ctx, diff }: { ctx: ViewContext; diff: StatementDiff }): SafeHtml {
  const { t } = ctx;
  const title = t('diff.title', { from: diff.from.number, to: diff.to.number });
  return (
    <Layout ctx={ctx} title={`${title} · ${diff.statement.title}`} description={title}>
      <p class="breadcrumb">
        <a href={diff.statement.url}>{diff.statement.title}</a>
      </p>
      <h1>{title}</h1>
      <VersionsDiff ctx={ctx} from={diff.from} to={diff.to} blocks={diff.blocks} lineKey="statement.version.line" />
    </Layout>
  );
}
