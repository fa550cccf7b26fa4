/** The public pages: the list of reports, and a report with its downloads and languages. */
import type { SafeHtml } from '../../lib/html';
import { supportedLocales, type Locale, type MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Layout } from '../../views/layout';
import type { Publication } from '../library/library.schemas';
import { documentFileName, figureFileName, listFileName, updatesFileName } from './report.files';
import { ReportBody } from './report.html';
import { reportFormats, type ReportModel } from './report.model';
import type { ReportSummary } from './reports.schemas';
import type { ReportForReading } from './reports.service';
import { documentHref, figureHref, formatLabel, LanguageName, listHref, ReportStylesheet, reportHref, updatesHref, workspaceHref } from './reports.common.views';

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
