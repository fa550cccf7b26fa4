/** The report's workspace: its narrative sections, the generation of its files, its lifecycle and history. */
import type { SafeHtml } from '../../lib/html';
import { isLocale, languageName, supportedLocales, type MessageKey } from '../../lib/i18n';
import { optionalSectionTitle } from '../../lib/report-sections';
import { Flash } from '../../views/components/flash';
import { CheckboxGroup, ErrorSummary, PostForm, SelectField, type FieldErrors } from '../../views/components/forms';
import { ScrollTable } from '../../views/components/scroll-region';
import type { ViewContext } from '../../views/context';
import { Layout } from '../../views/layout';
import { reportFormats, type NarrativeKey, type ReportFormat } from './report.model';
import type { JobView, NarrativeView, ReportFileView } from './reports.schemas';
import type { Workspace } from './reports.service';
import { documentHref, formatLabel, LanguageName, ReportStylesheet, reportHref, statusLabel, workspaceHref } from './reports.common.views';

export interface NarrativeState {
  key: NarrativeKey;
  markdown: string;
  version: number;
  errors: FieldErrors;
  message: string | null;
  /** What is saved now, when a save was refused as stale. */
  newer: NarrativeView | null;
}

export interface WorkspaceProps {
  ctx: ViewContext;
  workspace: Workspace;
  /** The section a form was just sent for (preview, or a save that failed), with what was typed. */
  state: NarrativeState | null;
  /** Sanitized HTML previews, by section: of what was typed for `state`, of what is saved for the others. */
  previews: Record<NarrativeKey, SafeHtml>;
  notice: string | null;
  errors?: FieldErrors;
  message?: string | null;
}

/** A narrative section's name in the editor; the crises section's is the group's own name for it (a plain one in its history once the group names none). */
function narrativeLabel(ctx: ViewContext, key: string): string {
  const section = optionalSectionTitle('crises', ctx.locale);
  if (key === 'crises' && section === null) return ctx.t('reports.narrative.crises.unnamed');
  return ctx.t(`reports.narrative.${key}` as MessageKey, { section: section ?? '' });
}

function NarrativeForm({ ctx, workspace, narrative, state, preview }: { ctx: ViewContext; workspace: Workspace; narrative: NarrativeView; state: NarrativeState | null; preview: SafeHtml }): SafeHtml {
  const { t } = ctx;
  const year = workspace.summary.year;
  const id = `narrative-${narrative.key}`;
  const markdown = state ? state.markdown : narrative.markdown;
  const version = state ? state.version : narrative.version;
  const editable = workspace.rights.edit;
  return (
    <section class="narrative-editor" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{narrativeLabel(ctx, narrative.key)}</h3>
      <p class="hint">{t(`reports.narrative.${narrative.key}.hint` as MessageKey)}</p>
      {state ? <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} /> : null}
      {state?.newer ? (
        <div class="newer-values">
          <p>
            <strong>{t('form.newerValues')}</strong> ({t('reports.narrative.savedBy', { name: state.newer.updatedBy ?? '', version: state.newer.version })})
          </p>
          <pre class="markdown-source">{state.newer.markdown}</pre>
        </div>
      ) : null}
      {editable ? (
        <PostForm ctx={ctx} action={`/reports/${year}/narratives/${narrative.key}#${id}`} class="stacked narrative-form">
          <input type="hidden" name="version" value={String(version)} />
          <div class="field">
            <label for={`${id}-markdown`}>{t('reports.narrative.markdown')}</label>
            <textarea
              id={`${id}-markdown`}
              name="markdown"
              rows={12}
              data-preview-url={`/reports/${year}/preview`}
              data-preview-target={`${id}-preview`}
              aria-describedby={`${id}-help`}
              aria-invalid={state?.errors.markdown ? 'true' : undefined}
            >
              {markdown}
            </textarea>
            <p class="hint" id={`${id}-help`}>
              {t('reports.narrative.markdownHelp')}
            </p>
          </div>
          <div class="actions">
            <button type="submit" name="action" value="save">
              {t('form.save')}
            </button>
            <button type="submit" name="action" value="preview" class="secondary">
              {t('reports.narrative.preview')}
            </button>
            {narrative.updatedAt ? (
              <span class="meta">{t('reports.narrative.saved', { name: narrative.updatedBy ?? '', date: ctx.fmt.date(narrative.updatedAt), version: narrative.version })}</span>
            ) : null}
          </div>
        </PostForm>
      ) : (
        <p class="meta">{t('reports.narrative.locked')}</p>
      )}
      <div class="narrative-preview report" id={`${id}-preview`} role="status" aria-live="polite" aria-label={t('reports.narrative.previewLabel')}>
        {preview}
      </div>
      {narrative.markdown.trim() ? (
        <p class="no-print">
          <a href={`/translations/report_section/${year}.${narrative.key}`}>{t('translation.section.manage')}</a>
        </p>
      ) : null}
    </section>
  );
}

function JobStatus({ ctx, job }: { ctx: ViewContext; job: JobView }): SafeHtml {
  const { t } = ctx;
  const running = job.status === 'queued' || job.status === 'running';
  return (
    <div class={`job job-${job.status}`} id="job" data-job-url={running ? `/reports/${job.year}/jobs/${job.id}` : undefined} role="status">
      <p>
        <strong>{t(`reports.job.${job.status}` as MessageKey)}</strong> · <LanguageName locale={job.locale} />
        {job.step && running ? ` · ${t(`reports.job.step.${job.step}` as MessageKey)}` : null}
      </p>
      <progress id="job-progress" max="100" value={String(job.progress)} aria-label={t('reports.job.progress')}>
        {job.progress}%
      </progress>
      {running ? (
        <p class="meta">
          {t('reports.job.reloads')} <a href={`${workspaceHref(job.year)}#generate`}>{t('reports.job.reload')}</a>
        </p>
      ) : null}
      {job.error ? <p class="flash-error">{job.error}</p> : null}
    </div>
  );
}

function FilesTable({ ctx, year, files }: { ctx: ViewContext; year: number; files: ReportFileView[] }): SafeHtml {
  const { t } = ctx;
  if (files.length === 0) return <p>{t('reports.files.none')}</p>;
  const documents = files.filter((file) => file.format !== 'csv');
  const csvCount = files.length - documents.length;
  return (
    <ScrollTable id="report-files" caption={t('reports.files.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('reports.files.file')}</th>
          <th scope="col">{t('reports.files.language')}</th>
          <th scope="col">{t('reports.files.status')}</th>
          <th scope="col">{t('reports.files.dataAsOf')}</th>
          <th scope="col">{t('reports.files.size')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((file) => (
          <tr>
            <th scope="row">
              <a href={documentHref(year, file.format as ReportFormat, file.locale)}>{formatLabel(ctx, file.format)}</a>
            </th>
            <td>{isLocale(file.locale) ? <LanguageName locale={file.locale} /> : file.locale}</td>
            <td>{statusLabel(ctx, file.reportStatus)}</td>
            <td>{ctx.fmt.date(file.dataAsOf)}</td>
            <td>{t('reports.files.kilobytes', { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })}</td>
          </tr>
        ))}
        {csvCount > 0 ? (
          <tr>
            <th scope="row">{t('reports.files.csv', { count: csvCount })}</th>
            <td colspan="4">
              <a href={reportHref(year)}>{t('reports.files.csvWhere')}</a>
            </td>
          </tr>
        ) : null}
      </tbody>
    </ScrollTable>
  );
}

function Lifecycle({ ctx, workspace }: { ctx: ViewContext; workspace: Workspace }): SafeHtml {
  const { t } = ctx;
  const { summary, rights } = workspace;
  const year = summary.year;
  const version = <input type="hidden" name="version" value={String(summary.version)} />;
  return (
    <section id="lifecycle" aria-labelledby="lifecycle-title">
      <h2 id="lifecycle-title">{t('reports.lifecycle')}</h2>
      <p>{t(`reports.lifecycle.${summary.status}` as MessageKey, { date: summary.dataAsOf ? ctx.fmt.date(summary.dataAsOf) : '' })}</p>
      <div class="actions">
        {rights.finalize ? (
          <PostForm ctx={ctx} action={`/reports/${year}/finalize`} confirm={t('reports.finalize.confirm')}>
            {version}
            <button type="submit">{t('reports.finalize')}</button>
          </PostForm>
        ) : null}
        {rights.publish ? (
          <PostForm ctx={ctx} action={`/reports/${year}/publish`} confirm={t('reports.publish.confirm')}>
            {version}
            <button type="submit">{t('reports.publish')}</button>
          </PostForm>
        ) : null}
        {rights.reopen ? (
          <PostForm ctx={ctx} action={`/reports/${year}/reopen`} confirm={t('reports.reopen.confirm')}>
            {version}
            <button type="submit" class="secondary">
              {t('reports.reopen')}
            </button>
          </PostForm>
        ) : null}
      </div>
    </section>
  );
}

export function WorkspacePage({ ctx, workspace, state, previews, notice, errors, message }: WorkspaceProps): SafeHtml {
  const { t } = ctx;
  const { summary } = workspace;
  const year = summary.year;
  const title = t('reports.workspace.title', { year: String(year) });
  return (
    <Layout ctx={ctx} title={title} description={t('reports.workspace.intro')}>
      <ReportStylesheet />
      <script src="/assets/report-workspace.js" defer></script>
      <p class="breadcrumb">
        <a href="/reports">{t('reports.title')}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('reports.workspace.intro')}</p>
      <Flash message={notice} />
      <ErrorSummary ctx={ctx} errors={errors ?? {}} message={message ?? null} />
      <dl class="facts">
        <div>
          <dt>{t('report.status')}</dt>
          <dd>
            <span class="status">{statusLabel(ctx, summary.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('report.cochairs')}</dt>
          <dd>{workspace.cochairs.map((chair) => chair.acronym).join(', ') || t('reports.workspace.noChairs')}</dd>
        </div>
        <div>
          <dt>{t('reports.workspace.page')}</dt>
          <dd>
            <a href={reportHref(year)}>{t('reports.workspace.view')}</a>
          </dd>
        </div>
      </dl>

      <section id="narratives" aria-labelledby="narratives-title">
        <h2 id="narratives-title">{t('reports.narratives')}</h2>
        <p>{t('reports.narratives.intro')}</p>
        {workspace.narratives.map((narrative) => (
          <NarrativeForm ctx={ctx} workspace={workspace} narrative={narrative} state={state?.key === narrative.key ? state : null} preview={previews[narrative.key]} />
        ))}
      </section>

      <section id="generate" aria-labelledby="generate-title">
        <h2 id="generate-title">{t('reports.generate')}</h2>
        <p>{t('reports.generate.intro')}</p>
        {workspace.job ? <JobStatus ctx={ctx} job={workspace.job} /> : null}
        {workspace.rights.generate ? (
          <PostForm ctx={ctx} action={`/reports/${year}/generate`} class="stacked">
            <CheckboxGroup
              name="formats"
              legend={t('reports.generate.formats')}
              options={reportFormats.map((format) => ({ value: format, label: formatLabel(ctx, format) }))}
              selected={[...reportFormats]}
            />
            <SelectField
              name="language"
              label={t('reports.generate.language')}
              options={supportedLocales.map((locale) => ({ value: locale, label: languageName(locale) }))}
              selected="en"
              errors={errors ?? {}}
            />
            <div class="actions">
              <button type="submit">{t('reports.generate.button')}</button>
            </div>
          </PostForm>
        ) : null}
        <FilesTable ctx={ctx} year={year} files={workspace.files} />
      </section>

      <Lifecycle ctx={ctx} workspace={workspace} />

      {workspace.history.length > 0 ? (
        <section id="history" aria-labelledby="history-title">
          <h2 id="history-title">{t('reports.history')}</h2>
          <ul>
            {workspace.history.map((entry) => (
              <li>
                {t('reports.history.entry', {
                  section: narrativeLabel(ctx, entry.key),
                  version: entry.version,
                  name: entry.savedBy,
                  date: ctx.fmt.date(entry.savedAt),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
