import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, Field, PostForm, type FieldErrors } from '../../views/components/forms';
import { ScrollTable } from '../../views/components/scroll-region';
import { Layout } from '../../views/layout';
import type { ProgressImportResult } from './progress-import.service';
import { importColumns, type ImportIssue } from './progress.schemas';
import type { Period } from './progress.model';

export interface ImportPageData {
  period: Period;
  result: ProgressImportResult | null;
  issues: ImportIssue[];
  /** A refusal of the whole file (its type, its size, the period locked…). */
  message: string | null;
  errors: FieldErrors;
}

function ProblemsTable({ ctx, issues }: { ctx: ViewContext; issues: ImportIssue[] }): SafeHtml {
  const { t } = ctx;
  return (
    <ScrollTable id="import-problems" caption={t('progressImport.problems.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('progressImport.problems.row')}</th>
          <th scope="col">{t('progressImport.problems.column')}</th>
          <th scope="col">{t('progressImport.problems.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => (
          <tr>
            <td>{ctx.fmt.number(issue.row)}</td>
            <td>
              <code>{issue.column}</code>
            </td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function ImportPage({ ctx, data }: { ctx: ViewContext; data: ImportPageData }): SafeHtml {
  const { t } = ctx;
  const { period } = data;
  const title = t('progressImport.title', { label: period.label });
  const base = `/progress/periods/${period.id}`;
  const done = data.result
    ? t('progressImport.done', { rows: data.result.rows, created: data.result.created, updated: data.result.updated, unchanged: data.result.unchanged, blank: data.result.blank })
    : null;
  return (
    <Layout ctx={ctx} title={title} description={t('progressImport.intro')}>
      <p class="breadcrumb">
        <a href="/progress/periods">{t('periods.title')}</a> › <a href={base}>{t('period.title', { label: period.label })}</a>
      </p>
      <h1>{title}</h1>
      <Flash message={done} />
      {data.issues.length > 0 ? (
        <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
          <h2 class="error-summary-title">{t('progressImport.failed', { count: data.issues.length })}</h2>
          <ProblemsTable ctx={ctx} issues={data.issues} />
        </div>
      ) : (
        <ErrorSummary ctx={ctx} errors={data.errors} message={data.message} />
      )}
      <p>{t('progressImport.intro')}</p>
      <p>
        {t('progressImport.template')} <a href={`${base}/import-template.xlsx`}>{t('progressImport.templateXlsx')}</a> · <a href={`${base}/import-template.csv`}>{t('progressImport.templateCsv')}</a>
      </p>
      <PostForm ctx={ctx} action={`${base}/import`} enctype="multipart/form-data" class="stacked no-print">
        <Field id="file" name="file" label={t('progressImport.file')} errors={data.errors}>
          <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        </Field>
        <div class="actions">
          <button type="submit">{t('progressImport.submit')}</button>
        </div>
      </PostForm>
      <h2>{t('progressImport.columns')}</h2>
      <dl class="facts">
        {importColumns.map((column) => (
          <div>
            <dt>
              <code>{column}</code>
            </dt>
            <dd>{t(`progressImport.column.${column}` as MessageKey)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <code>indicator_…</code>
          </dt>
          <dd>{t('progressImport.column.indicator')}</dd>
        </div>
      </dl>
      <p>{t('progressImport.rules')}</p>
    </Layout>
  );
}
