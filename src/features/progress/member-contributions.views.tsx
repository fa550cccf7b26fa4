import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import type { EntityContributions } from './progress.service';

/** The organization's part in the Plan of Action on a member's page (which the members feature shows). */
export function ContributionsSection({ ctx, contributions }: { ctx: ViewContext; contributions: EntityContributions }): SafeHtml {
  const { t } = ctx;
  return (
    <section aria-labelledby="contributions-title" id="contributions">
      <h2 id="contributions-title">{t('member.contributions', { year: String(contributions.year) })}</h2>
      <h3>{t('member.contributions.items')}</h3>
      {contributions.items.length === 0 ? (
        <p>{t('member.contributions.items.none')}</p>
      ) : (
        <ul>
          {contributions.items.map(({ item, role }) => (
            <li>
              <a href={`/plan?year=${contributions.year}#item-${item.code}`}>
                {item.code} {item.title}
              </a>{' '}
              ({t(`progress.role.${role}` as MessageKey)})
            </li>
          ))}
        </ul>
      )}
      {contributions.pledges.length > 0 ? (
        <>
          <p>{t('member.contributions.pledges')}</p>
          <ul>
            {contributions.pledges.map((pledge) => (
              <li>{pledge.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('member.contributions.updates')}</h3>
      {contributions.updates === null ? (
        <p>{t('member.contributions.signIn')}</p>
      ) : contributions.updates.length === 0 ? (
        <p>{t('member.contributions.updates.none')}</p>
      ) : (
        <ul>
          {contributions.updates.map((update) => (
            <li>
              <a href={`/progress/updates/${update.id}`}>{update.target.code ? `${update.target.code} ${update.target.title}` : update.target.title}</a>:{' '}
              {t(`progress.status.${update.status}` as MessageKey)}
              {update.isSample ? ` (${t('progress.sample.short')})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
