/**
 * The statements' list: the members' workspace and the public list, with their filters.
 */
import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { FilterBar, SelectField } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import { OutOfTermNotice } from '../../views/components/out-of-term';
import type { StatementListQuery } from './statements.schemas';
import type { DraftingRight, StatementPage } from './statements.service';
import { statementStatuses } from './statements.table';
import { ScrollTable } from '../../views/components/scroll-region';
import { kindLabel, kindOptions, statusLabel } from './statements.common.views';

export function StatementListPage({ ctx, query, page, drafting }: { ctx: ViewContext; query: StatementListQuery; page: StatementPage; drafting: DraftingRight }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('statement.workspace.title')} description={t('statement.workspace.intro')}>
      <h1>{t('statement.workspace.title')}</h1>
      <p class="lead">{t('statement.workspace.intro')}</p>
      {drafting.allowed ? (
        <p>
          <a class="button" href="/statements/new">
            {t('statement.new')}
          </a>
        </p>
      ) : null}
      <OutOfTermNotice ctx={ctx} outOfTerm={drafting.outOfTerm} action={t('statement.new')} />
      <FilterBar action="/statements/workspace" role="search" apply={t('members.filter.apply')}>
        <SelectField
          name="status"
          label={t('statement.column.status')}
          options={statementStatuses.map((status) => ({ value: status, label: statusLabel(ctx, status) }))}
          selected={query.status}
          blank={t('statement.filter.allStatuses')}
        />
        <SelectField name="kind" label={t('statement.column.kind')} options={kindOptions(ctx)} selected={query.kind} blank={t('statement.filter.allKinds')} />
      </FilterBar>
      <p role="status">{t('statement.count', { count: page.total })}</p>
      {page.items.length === 0 ? (
        <p>{t('statement.none')}</p>
      ) : (
        <ScrollTable id="workspace-table" caption={t('statement.workspace.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('statement.column.title')}</th>
              <th scope="col">{t('statement.column.kind')}</th>
              <th scope="col">{t('statement.column.status')}</th>
              <th scope="col">{t('statement.column.year')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((statement) => (
              <tr>
                <th scope="row">
                  <a href={statement.url}>{statement.title}</a>
                </th>
                <td>{kindLabel(ctx, statement.kind)}</td>
                <td>
                  <span class="status">{statusLabel(ctx, statement.status)}</span>
                </td>
                <td>{String(statement.year)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination ctx={ctx} info={page} />
    </Layout>
  );
}
