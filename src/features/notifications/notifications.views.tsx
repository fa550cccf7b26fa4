import type { SafeHtml } from '../../lib/html';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { PostForm, SelectField } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { Layout } from '../../views/layout';
import type { NotificationPage, Preferences } from './notifications.service';
import { deliveryModes, notificationKinds } from './notifications.table';

export function NotificationsPage({ ctx, page, notice }: { ctx: ViewContext; page: NotificationPage; notice: string | null }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('notifications.title')} description={t('notifications.intro')}>
      <h1>{t('notifications.title')}</h1>
      <Flash message={notice} />
      <p class="lead">{t('notifications.intro')}</p>
      <p>
        <a href="/account/notifications">{t('notifications.preferencesLink')}</a>
      </p>
      {page.unread > 0 ? (
        <PostForm ctx={ctx} action="/notifications/read-all">
          <p>
            {t('notifications.unreadCount', { count: page.unread })}{' '}
            <button type="submit" class="secondary">
              {t('notifications.markAllRead')}
            </button>
          </p>
        </PostForm>
      ) : null}
      {page.items.length === 0 ? (
        <p class="meta">{t('notifications.none')}</p>
      ) : (
        <ul class="plain-list listing" aria-label={t('notifications.caption')}>
          {page.items.map((item) => (
            <li class={item.read ? 'listing-item notification' : 'listing-item notification unread'} id={`notification-${item.id}`}>
              <p class="meta">
                {item.read ? null : <strong>{t('notifications.unread')} · </strong>}
                {ctx.fmt.moment(item.createdAt)}
              </p>
              <p>
                <a href={item.url}>{item.subject}</a>
              </p>
              {item.body.split('\n').map((line) => (line ? <p>{line}</p> : null))}
              {item.read ? null : (
                <PostForm ctx={ctx} action={`/notifications/${item.id}/read`}>
                  <button type="submit" class="link-button">
                    {t('notifications.markRead')}
                  </button>
                </PostForm>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} info={page} />
    </Layout>
  );
}

export interface GroupMailChoice {
  slug: string;
  name: string;
  mode: 'immediate' | 'digest' | 'none';
}

const groupMailModes = ['immediate', 'digest', 'none'] as const;

/** One small form per group, posted to the group's own setting, so this page and the group page agree. */
function GroupMail({ ctx, groups }: { ctx: ViewContext; groups: GroupMailChoice[] }): SafeHtml {
  const { t } = ctx;
  const options = groupMailModes.map((mode) => ({ value: mode, label: t(`subscription.mode.${mode}`) }));
  return (
    <section id="group-mail" aria-labelledby="group-mail-title">
      <h2 id="group-mail-title">{t('preferences.groups.title')}</h2>
      <p>{t('preferences.groups.intro')}</p>
      {groups.length === 0 ? (
        <p class="empty">{t('preferences.groups.none')}</p>
      ) : (
        groups.map((group, index) => (
          <PostForm ctx={ctx} action={`/groups/${encodeURIComponent(group.slug)}/subscription`}>
            <input type="hidden" name="from" value="account" />
            <SelectField name="mode" id={`group-mail-${index}`} label={group.name} options={options} selected={group.mode} hint={t('preferences.groups.hint')} />
            <div class="actions">
              <button type="submit" class="secondary">
                {t('preferences.groups.save', { group: group.name })}
              </button>
              <a href={`/groups/${encodeURIComponent(group.slug)}`}>{t('preferences.groups.open', { group: group.name })}</a>
            </div>
          </PostForm>
        ))
      )}
    </section>
  );
}

export function PreferencesPage({ ctx, preferences, groups, notice }: { ctx: ViewContext; preferences: Preferences; groups: GroupMailChoice[]; notice: string | null }): SafeHtml {
  const { t } = ctx;
  const options = deliveryModes.map((mode) => ({ value: mode, label: t(`preferences.mode.${mode}`) }));
  return (
    <Layout ctx={ctx} title={t('preferences.title')} description={t('preferences.intro')}>
      <p class="breadcrumb">
        <a href="/account">{t('nav.account')}</a>
      </p>
      <h1>{t('preferences.title')}</h1>
      <Flash message={notice} />
      <p class="lead">{t('preferences.intro')}</p>
      <PostForm ctx={ctx} action="/account/notifications">
        {notificationKinds.map((kind) => (
          <SelectField name={kind} label={t(`notification.kind.${kind}`)} options={options} selected={preferences[kind]} />
        ))}
        <div class="actions">
          <button type="submit">{t('preferences.submit')}</button>
        </div>
      </PostForm>
      <GroupMail ctx={ctx} groups={groups} />
    </Layout>
  );
}
