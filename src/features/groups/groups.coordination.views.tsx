/**
 * The coordination page: what the groups share, by crisis and kind of post.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FilterBar, plainOptions, SelectField } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { CoordinationMatrix } from './coordination.service';
import { ScrollTable } from '../../views/components/scroll-region';
import { groupHref, postKindLabel } from './groups.common.views';

export function CoordinationPage({ ctx, matrix }: { ctx: ViewContext; matrix: CoordinationMatrix }): SafeHtml {
  const { t } = ctx;
  const { group } = matrix;
  const title = t('coordination.title', { group: group.name });
  const tags = matrix.by === 'crisis' ? matrix.tags.crises : matrix.tags.themes;
  // Organizations that shared nothing at all are named once under the table, not in a row of empty cells each.
  const sharing = matrix.rows.filter((row) => row.cells.some((cell) => cell.posts.length > 0));
  const silent = matrix.rows.filter((row) => !sharing.includes(row));
  const exportQuery = matrix.tag ? `?by=${matrix.by}&tag=${encodeURIComponent(matrix.tag)}` : `?by=${matrix.by}`;
  return (
    <Layout ctx={ctx} title={title} description={t('coordination.intro')}>
      <p class="breadcrumb">
        <a href="/groups">{t('groups.title')}</a>{' '}
        <span class="crumb-separator" aria-hidden="true">
          ›
        </span>{' '}
        <a href={groupHref(group)}>{group.name}</a>
      </p>
      <h1>{title}</h1>
      <p class="lead">{t('coordination.intro')}</p>
      <FilterBar action={`${groupHref(group)}/coordination`} apply={t('coordination.show')}>
        <SelectField name="by" label={t('coordination.by')} options={(['crisis', 'theme'] as const).map((by) => ({ value: by, label: t(`coordination.by.${by}`) }))} selected={matrix.by} />
        <SelectField name="tag" label={t('coordination.tag')} options={plainOptions([...new Set([...matrix.tags.crises, ...matrix.tags.themes])])} selected={matrix.tag} />
      </FilterBar>
      {!matrix.tag || tags.length === 0 ? (
        <p>{t('coordination.noTags', { by: t(`coordination.by.${matrix.by}` as MessageKey).toLowerCase() })}</p>
      ) : (
        <>
          <p class="actions no-print">
            <a href={`${groupHref(group)}/coordination.csv${exportQuery}`}>{t('coordination.csv')}</a>
            <a href={`${groupHref(group)}/coordination.xlsx${exportQuery}`}>{t('coordination.xlsx')}</a>
          </p>
          <ScrollTable id="coordination-table" class="data-table coordination" caption={t('coordination.caption', { group: group.name, tag: matrix.tag })}>
            <thead>
              <tr>
                <th scope="col">{t('coordination.entity')}</th>
                {matrix.kinds.map((kind) => (
                  <th scope="col">{postKindLabel(ctx, kind)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sharing.map((row) => (
                <tr>
                  <th scope="row">
                    {row.entity ? row.entity.acronym : t('coordination.others')}
                    <span class="meta"> {t('coordination.gaps', { count: row.gaps })}</span>
                  </th>
                  {row.cells.map((cell) =>
                    cell.posts.length === 0 ? (
                      <td class="gap">–</td>
                    ) : (
                      <td>
                        <ul class="plain-list">
                          {cell.posts.map((post) => (
                            <li>
                              <a href={post.href}>{post.title}</a>
                            </li>
                          ))}
                        </ul>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('coordination.coverage')}</th>
                {matrix.coverage.map((count) => (
                  <td>{`${count} / ${group.members.length}`}</td>
                ))}
              </tr>
            </tfoot>
          </ScrollTable>
          <p class="meta">{t('coordination.dash')}</p>
          {silent.length > 0 ? (
            <p id="coordination-silent">
              {t('coordination.silent', { count: silent.length })} {silent.map((row) => (row.entity ? row.entity.acronym : t('coordination.others'))).join(', ')}
            </p>
          ) : null}
        </>
      )}
    </Layout>
  );
}
