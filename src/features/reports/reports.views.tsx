import type { SafeHtml } from '../../lib/html';
import { isLocale, languageName, supportedLocales, type Locale, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import type { Publication } from '../library/library.schemas';
import { Flash } from '../../views/components/flash';
import { CheckboxGroup, ErrorSummary, PostForm, SelectField, type FieldErrors } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import { documentFileName, figureFileName, listFileName, updatesFileName } from './report.files';
import { ReportBody } from './report.html';
import { reportFormats, type NarrativeKey, type ReportFormat, type ReportModel } from './report.model';
import { optionalSectionTitle } from '../../lib/report-sections';
import type { JobView, NarrativeView, ReportFileView, ReportSummary } from './reports.schemas';
import type { ReportForReading, Workspace } from './reports.service';
import { ScrollTable } from '../../views/components/scroll-region';

/** `?lang=fr` for a language other than English: the address of the report, or of a file, in that language. */
function languageQuery(locale: string): string {
  return locale === 'en' ? '' : `?lang=${locale}`;
}

export function reportHref(year: number, locale = 'en'): string {
  return `/reports/${year}${languageQuery(locale)}`;
}

export function workspaceHref(year: number): string {
  return `/reports/${year}/edit`;
}

function documentHref(year: number, format: ReportFormat, locale = 'en'): string {
  return `/reports/${year}/report.${format}${languageQuery(locale)}`;
}

function updatesHref(year: number, locale = 'en'): string {
  return `/reports/${year}/updates.csv${languageQuery(locale)}`;
}

function listHref(year: number, id: string, locale = 'en'): string {
  return `/reports/${year}/${id}.csv${languageQuery(locale)}`;
}

function figureHref(year: number, figureId: string, locale = 'en'): string {
  return `/reports/${year}/figures/${figureId}.csv${languageQuery(locale)}`;
}

/** A language named in itself ("français", "العربية"): how a reader finds their own. */
function LanguageName({ locale }: { locale: Locale }): SafeHtml {
  return <span lang={locale}>{languageName(locale)}</span>;
}

function formatLabel(ctx: ViewContext, format: ReportFormat | 'csv'): string {
  return ctx.t(`reports.format.${format}` as MessageKey);
}

function statusLabel(ctx: ViewContext, status: ReportSummary['status']): string {
  return ctx.t(`report.status.${status}` as MessageKey);
}

function ReportStylesheet(): SafeHtml {
  // A stylesheet link is allowed in the body; the report page is the only one that needs this sheet.
  return <link rel="stylesheet" href="/assets/report.css" />;
}

// ---- public: the list and the report ----

/** Annual reports published before the platform, as the library records them. */
function EarlierReports({ ctx, earlier }: { ctx: ViewContext; earlier: Publication[] }): SafeHtml {
  const { t } = ctx;
  return (
    <section aria-labelledby="earlier-reports">
      <h2 id="earlier-reports">{t('reports.earlier')}</h2>
      {earlier.length === 0 ? (
        <p>{t('reports.earlier.none')}</p>
      ) : (
        <ul class="plain-list listing">
          {earlier.map((item) => (
            <li class="listing-item">
              <a href={`/publications/${item.slug}`}>{item.title}</a>
              {item.year ? <span class="meta"> · {item.yearUncertain ? t('reports.earlier.yearUncertain', { year: String(item.year) }) : String(item.year)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReportsListPage(props: { ctx: ViewContext; reports: ReportSummary[]; workspaces: number[]; earlier: Publication[] }): SafeHtml {
  const { ctx, reports, workspaces, earlier } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('reports.title')} description={t('reports.intro')}>
      <h1>{t('reports.title')}</h1>
      <p class="lead">{t('reports.intro')}</p>
      {reports.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <ul class="cards">
          {reports.map((report) => (
            <li>
              <a href={reportHref(report.year)}>{t('report.title', { year: String(report.year) })}</a>
              {report.publishedAt ? <p class="meta">{t('reports.publishedOn', { date: ctx.fmt.date(report.publishedAt) })}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <EarlierReports ctx={ctx} earlier={earlier} />
      {workspaces.length > 0 ? (
        <section aria-labelledby="workspaces-title">
          <h2 id="workspaces-title">{t('reports.workspaces')}</h2>
          <ul>
            {workspaces.map((year) => (
              <li>
                <a href={workspaceHref(year)}>{t('reports.workspace.title', { year: String(year) })}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

function Downloads({ ctx, model }: { ctx: ViewContext; model: ReportModel }): SafeHtml {
  const { t } = ctx;
  const year = model.meta.year;
  const locale = model.meta.locale as Locale;
  return (
    <nav class="report-downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('reports.downloads')}</h2>
      <ul class="plain-list">
        {reportFormats.map((format) => (
          <li>
            <a href={documentHref(year, format, locale)} download={documentFileName(year, format, locale)}>
              {formatLabel(ctx, format)}
            </a>
          </li>
        ))}
        {model.updates && model.updates.rows.length > 0 ? (
          <li>
            <a href={updatesHref(year, locale)} download={updatesFileName(year, locale)}>
              {t('reports.downloads.updates', { count: model.updates.rows.length })}
            </a>
          </li>
        ) : null}
        {(model.lists ?? [])
          .filter((list) => list.table.rows.length > 0)
          .map((list) => (
            <li>
              <a href={listHref(year, list.id, locale)} download={listFileName(year, list.id, locale)}>
                {t(`reports.downloads.list.${list.id}`, { count: list.table.rows.length })}
              </a>
            </li>
          ))}
      </ul>
      {model.figures.length > 0 ? (
        <details>
          <summary>{t('reports.downloads.figures', { count: model.figures.length })}</summary>
          <ul>
            {model.figures.map((figure) => (
              <li>
                <a href={figureHref(year, figure.id, locale)} download={figureFileName(year, figure, locale)}>
                  {t('report.figureLabel', { number: figure.number })}. {figure.caption}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3 id="languages-title">{t('reports.view.languages')}</h3>
      <ul class="plain-list inline-list" aria-labelledby="languages-title">
        {supportedLocales
          .filter((other) => other !== locale)
          .map((other) => (
            <li>
              <a href={reportHref(year, other)} hreflang={other}>
                <LanguageName locale={other} />
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

export function ReportPage({ ctx, report, svgs }: { ctx: ViewContext; report: ReportForReading; svgs: Map<string, string> }): SafeHtml {
  const { t } = ctx;
  const { model, summary } = report;
  return (
    <Layout ctx={ctx} title={model.meta.title} description={model.meta.subtitle}>
      <ReportStylesheet />
      {summary.status !== 'published' ? (
        <p class="notice no-print">
          {t(`reports.unpublished.${summary.status}` as MessageKey)} {report.canEdit ? <a href={workspaceHref(summary.year)}>{t('reports.workspace.open')}</a> : null}
        </p>
      ) : null}
      <ReportBody
        model={model}
        svgs={svgs}
        options={{ links: 'relative', csvHref: (figure) => figureHref(summary.year, figure.id, model.meta.locale) }}
        afterCover={
          <div class="no-print">
            <Downloads ctx={ctx} model={model} />
          </div>
        }
      />
    </Layout>
  );
}

// ---- the workspace ----

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
