import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import { ScrollRegion } from '../../views/components/scroll-region';
import type { AuditRow } from './audit.service';
import type { AuditQuery } from './audit.schemas';
import type { AuditPage as AuditData } from './audit.service';

/** The fields that changed, as "field: before → after". */
export function describeChange(entry: Pick<AuditRow, 'before' | 'after'>): string {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !['updated_at', 'created_at', 'version'].includes(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  const show = (value: unknown) => (value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value));
  return keys.map((key) => `${key}: ${show(before[key])} → ${show(after[key])}`).join('; ');
}

export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of ['person', 'entity', 'table', 'from', 'to'] as const) if (query[key]) params.set(key, query[key] as string);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function AuditLogPage({ ctx, query, data }: { ctx: ViewContext; query: AuditQuery; data: AuditData }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('audit.title')} description={t('audit.intro')}>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form class="filters" method="get" action="/admin/audit">
        <div class="field">
          <label for="person">{t('audit.filter.person')}</label>
          <input id="person" name="person" type="search" value={query.person ?? ''} />
        </div>
        <div class="field">
          <label for="entity">{t('audit.filter.entity')}</label>
          <input id="entity" name="entity" type="search" value={query.entity ?? ''} />
        </div>
        <div class="field">
          <label for="table">{t('audit.filter.table')}</label>
          <select id="table" name="table">
            <option value="">{t('audit.filter.table.all')}</option>
            {data.tables.map((table) => (
              <option value={table} selected={query.table === table}>
                {table}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="from">{t('audit.filter.from')}</label>
          <input id="from" name="from" type="date" value={query.from ?? ''} />
        </div>
        <div class="field">
          <label for="to">{t('audit.filter.to')}</label>
          <input id="to" name="to" type="date" value={query.to ?? ''} />
        </div>
        <div class="actions">
          <button type="submit">{t('members.filter.apply')}</button>
        </div>
      </form>
      <p role="status">
        {t('audit.count', { count: data.total })} · <a href={`/admin/audit.csv${auditQueryString(query)}`}>{t('audit.export')}</a>
      </p>
      {data.entries.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <ScrollRegion label={t('audit.title')}>
          <table class="data-table" id="audit-table">
            <caption>{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.column.at')}</th>
                <th scope="col">{t('audit.column.who')}</th>
                <th scope="col">{t('audit.column.action')}</th>
                <th scope="col">{t('audit.column.record')}</th>
                <th scope="col">{t('audit.column.entity')}</th>
                <th scope="col">{t('audit.column.change')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr>
                  <th scope="row">{entry.at.toISOString().replace('T', ' ').slice(0, 19)} UTC</th>
                  <td>{entry.actor_label}</td>
                  <td>{entry.action}</td>
                  <td>
                    {entry.table_name} #{entry.record_id}
                  </td>
                  <td>{entry.entity_acronym ?? ''}</td>
                  <td>{describeChange(entry)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination ctx={ctx} info={data} />
    </Layout>
  );
}
