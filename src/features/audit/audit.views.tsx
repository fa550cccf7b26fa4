import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { FilterBar, plainOptions, SelectField, TextField } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import type { AuditRow } from './audit.service';
import type { AuditQuery } from './audit.schemas';
import type { AuditPage as AuditData } from './audit.service';
import { ScrollTable } from '../../views/components/scroll-region';

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
      <FilterBar action="/admin/audit" apply={t('members.filter.apply')}>
        <TextField name="person" type="search" label={t('audit.filter.person')} value={query.person} />
        <TextField name="entity" type="search" label={t('audit.filter.entity')} value={query.entity} />
        <SelectField name="table" label={t('audit.filter.table')} options={plainOptions(data.tables)} selected={query.table} blank={t('audit.filter.table.all')} />
        <TextField name="from" type="date" label={t('audit.filter.from')} value={query.from} />
        <TextField name="to" type="date" label={t('audit.filter.to')} value={query.to} />
      </FilterBar>
      <p role="status">
        {t('audit.count', { count: data.total })} · <a href={`/admin/audit.csv${auditQueryString(query)}`}>{t('audit.export')}</a>
      </p>
      {data.entries.length === 0 ? (
        <p>{t('audit.none')}</p>
      ) : (
        <ScrollTable id="audit-table" caption={t('audit.title')}>
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
                <td>
                  {/* Field names and stored values read left to right, on a right-to-left page too. */}
                  <bdi dir="ltr">{describeChange(entry)}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination ctx={ctx} info={data} />
    </Layout>
  );
}
