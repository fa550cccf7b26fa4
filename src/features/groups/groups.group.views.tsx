/**
 * The working groups and a group's page: its facts, its posts with their filters, the subscription
 * and the form to share a post.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FilterBar, plainOptions, PostForm, SelectField, type FormState } from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import type { GroupListItem, GroupRights } from './groups.service';
import { subscriptionModes, type Group, type Post, type PostListQuery } from './groups.schemas';
import { PostFields, TagLinks, author, groupHref, postHref, postKindLabel, postKindOptions } from './groups.common.views';
import type { PostPage } from './posts.service';

function GroupFacts({ ctx, group }: { ctx: ViewContext; group: Group }): SafeHtml {
  const { t } = ctx;
  return (
    <dl class="facts">
      <div>
        <dt>{t('groups.form.kind')}</dt>
        <dd>{t(`groups.kind.${group.kind}` as MessageKey)}</dd>
      </div>
      <div>
        <dt>{t('groups.formed')}</dt>
        <dd>{group.formedOn ? ctx.fmt.date(group.formedOn) : t('member.unknown')}</dd>
      </div>
      <div>
        <dt>{group.closedOn ? t('groups.closed') : t('groups.open')}</dt>
        <dd>{group.closedOn ? ctx.fmt.date(group.closedOn) : '—'}</dd>
      </div>
      <div>
        <dt>{t('groups.conveners')}</dt>
        <dd>
          {group.members.some((member) => member.convener)
            ? group.members
                .filter((member) => member.convener)
                .map((member) => member.acronym)
                .join(', ')
            : t('groups.convenersNone')}
        </dd>
      </div>
    </dl>
  );
}

export function GroupsPage({ ctx, groups, mayCreate }: { ctx: ViewContext; groups: GroupListItem[]; mayCreate: boolean }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('groups.title')} description={t('groups.intro')}>
      <h1>{t('groups.title')}</h1>
      <p class="lead">{t('groups.intro')}</p>
      {mayCreate ? (
        <p class="no-print">
          <a class="button" href="/groups/new">
            {t('groups.new')}
          </a>
        </p>
      ) : null}
      {groups.length === 0 ? <p>{t('groups.none')}</p> : null}
      <ul class="cards">
        {groups.map((group) => (
          <li>
            <a href={groupHref(group)}>{group.name}</a>
            <p class="meta">
              {t(`groups.kind.${group.kind}` as MessageKey)} · {group.formedOn ? ctx.fmt.date(group.formedOn) : t('member.unknown')}
              {group.closedOn ? ` – ${ctx.fmt.date(group.closedOn)}` : ''} · {t('groups.members', { count: group.members.length })}
            </p>
            <p>{group.mandate}</p>
            {group.rights.read ? <p class="status">{t('groups.yours')}</p> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function PostSummaryItem({ ctx, group, post }: { ctx: ViewContext; group: Group; post: Post }): SafeHtml {
  const { t } = ctx;
  return (
    <li class="post-item">
      <p class="meta">
        <span class="status">{postKindLabel(ctx, post.kind)}</span> {t('post.by', { author: author(post), date: ctx.fmt.date(post.createdAt) })}
      </p>
      <h3>
        <a href={postHref(group, post)}>{post.title}</a>
      </h3>
      {post.isSample ? <p class="notice">{t('post.sample')}</p> : null}
      <TagLinks ctx={ctx} group={group} post={post} />
      <p class="meta">
        {t('post.replies.count', { count: post.replyCount })}
        {post.files.length > 0 ? ` · ${post.files.map((file) => file.name).join(', ')}` : ''}
      </p>
    </li>
  );
}

function SubscriptionForm({ ctx, group, mode }: { ctx: ViewContext; group: Group; mode: string }): SafeHtml {
  const { t } = ctx;
  return (
    <section class="subscription no-print" aria-labelledby="subscription-title">
      <h2 id="subscription-title">{t('subscription.title')}</h2>
      <PostForm ctx={ctx} action={`${groupHref(group)}/subscription`}>
        <fieldset class="field checkbox-group">
          <legend>{t('subscription.title')}</legend>
          {subscriptionModes.map((value) => (
            <label class="checkbox">
              <input type="radio" name="mode" value={value} checked={mode === value} /> {t(`subscription.mode.${value}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit" class="secondary">
            {t('subscription.save')}
          </button>
        </div>
      </PostForm>
    </section>
  );
}

function PostFilters({ ctx, group, query, page }: { ctx: ViewContext; group: Group; query: PostListQuery; page: PostPage }): SafeHtml {
  const { t } = ctx;
  const filtered = Boolean(query.kind || query.theme || query.crisis);
  const all = t('groups.posts.filter.all');
  return (
    <FilterBar action={groupHref(group)} apply={t('groups.posts.filter.apply')} clear={filtered ? { href: groupHref(group), label: t('groups.posts.filter.clear') } : null}>
      <SelectField id="filter-kind" name="kind" label={t('groups.posts.filter.kind')} options={postKindOptions(ctx)} selected={query.kind} blank={all} />
      <SelectField id="filter-crisis" name="crisis" label={t('groups.posts.filter.crisis')} options={plainOptions(page.crises)} selected={query.crisis} blank={all} />
      <SelectField id="filter-theme" name="theme" label={t('groups.posts.filter.theme')} options={plainOptions(page.themes)} selected={query.theme} blank={all} />
    </FilterBar>
  );
}

export function GroupPage(props: {
  ctx: ViewContext;
  group: Group;
  rights: GroupRights;
  posts: PostPage | null;
  query: PostListQuery;
  subscription: string;
  form: FormState;
  notice: string | null;
}): SafeHtml {
  const { ctx, group, rights, posts, query, form, notice } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={group.name} description={group.mandate.slice(0, 200)}>
      <p class="breadcrumb">
        <a href="/groups">{t('groups.title')}</a>
      </p>
      <h1>{group.name}</h1>
      <Flash message={notice} />
      {group.closedOn ? <p class="notice">{t('groups.closedNotice', { date: ctx.fmt.date(group.closedOn) })}</p> : null}
      <h2>{t('groups.mandate')}</h2>
      <p>{group.mandate}</p>
      {group.formedReason ? (
        <>
          <h2>{t('groups.why')}</h2>
          <p>{group.formedReason}</p>
        </>
      ) : null}
      <GroupFacts ctx={ctx} group={group} />
      <SourceList ctx={ctx} sources={group.sources} />
      {rights.manage ? (
        <p class="no-print">
          <a href={`${groupHref(group)}/edit`}>{t('groups.edit')}</a>
        </p>
      ) : null}
      <details class="group-members">
        <summary>{t('groups.members', { count: group.members.length })}</summary>
        {group.members.length === 0 ? (
          <p>{t('groups.membersNone')}</p>
        ) : (
          <ul class="inline-list">
            {group.members.map((member) => (
              <li>
                <a href={`/members/${encodeURIComponent(member.slug)}`}>{member.acronym}</a>
              </li>
            ))}
          </ul>
        )}
      </details>
      {!rights.read || !posts ? (
        <p class="notice">{t('groups.notYours')}</p>
      ) : (
        <>
          <p class="no-print">
            <a href={`${groupHref(group)}/coordination`}>{t('groups.coordination')}</a>
          </p>
          <SubscriptionForm ctx={ctx} group={group} mode={props.subscription} />
          <h2 id="posts">{t('groups.posts')}</h2>
          <PostFilters ctx={ctx} group={group} query={query} page={posts} />
          <p role="status">{t('groups.posts.count', { count: posts.total })}</p>
          {posts.items.length === 0 ? <p>{t('groups.posts.none')}</p> : null}
          <ul class="plain-list posts">
            {posts.items.map((post) => (
              <PostSummaryItem ctx={ctx} group={group} post={post} />
            ))}
          </ul>
          <Pagination ctx={ctx} info={posts} />
          {rights.post ? (
            <section class="new-post no-print" aria-labelledby="new-post-title">
              <h2 id="new-post-title">{t('post.new')}</h2>
              <ErrorSummary ctx={ctx} errors={form.errors} message={form.message} />
              <PostForm ctx={ctx} action={`${groupHref(group)}/posts`} enctype="multipart/form-data" class="stacked">
                <PostFields ctx={ctx} state={form} tags={posts} />
                <div class="actions">
                  <button type="submit">{t('post.submit')}</button>
                </div>
              </PostForm>
            </section>
          ) : null}
        </>
      )}
    </Layout>
  );
}
