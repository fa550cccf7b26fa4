import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { FileField, fileSizeKiB } from '../../views/components/file-field';
import { Flash } from '../../views/components/flash';
import {
  CheckboxGroup,
  ErrorSummary,
  Field,
  fieldList,
  fieldValue,
  FilterBar,
  FormActions,
  NewerValues,
  plainOptions,
  PostForm,
  Select,
  SelectField,
  TextArea,
  TextField,
  type FormState,
  type FormValues,
  type SelectOption,
} from '../../views/components/forms';
import { Pagination } from '../../views/components/pagination';
import { SourceList } from '../../views/components/sources';
import { Layout } from '../../views/layout';
import type { CoordinationMatrix } from './coordination.service';
import type { GroupListItem, GroupRights } from './groups.service';
import { groupKinds, postKinds, subscriptionModes, type Group, type Post, type PostListQuery, type Reply } from './groups.schemas';
import type { PostPage, PostThread } from './posts.service';
import { ScrollTable } from '../../views/components/scroll-region';

// The routes fill these in; every form shares their shape (views/components/forms).
export type { FormState };

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {}, message: null });

/** A value as typed; tags sent as several values are shown comma-separated. */
function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

export function groupHref(group: { slug: string }): string {
  return `/groups/${encodeURIComponent(group.slug)}`;
}

export function postHref(group: { slug: string }, post: { id: number }): string {
  return `${groupHref(group)}/posts/${post.id}`;
}

function postKindLabel(ctx: ViewContext, kind: string): string {
  return ctx.t(`post.kind.${kind}` as MessageKey);
}

function postKindOptions(ctx: ViewContext): SelectOption[] {
  return postKinds.map((kind) => ({ value: kind, label: postKindLabel(ctx, kind) }));
}

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

function TagLinks({ ctx, group, post }: { ctx: ViewContext; group: Group; post: Post }): SafeHtml {
  const tags: { key: 'theme' | 'crisis'; values: string[]; label: MessageKey }[] = [
    { key: 'crisis', values: post.crises, label: 'post.crises' },
    { key: 'theme', values: post.themes, label: 'post.themes' },
  ];
  return (
    <p class="tags">
      {tags
        .filter((tag) => tag.values.length > 0)
        .map((tag) => (
          <span class="tag-group">
            {ctx.t(tag.label)}:{' '}
            {tag.values.map((value) => (
              <a class="tag" href={`${groupHref(group)}?${tag.key}=${encodeURIComponent(value)}`}>
                {value}
              </a>
            ))}
          </span>
        ))}
      {post.regions.length > 0 ? (
        <span class="tag-group">
          {ctx.t('post.regions')}: {post.regions.join(', ')}
        </span>
      ) : null}
    </p>
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

function author(item: { authorName: string; entityAcronym: string | null }): string {
  return item.entityAcronym ? `${item.authorName} (${item.entityAcronym})` : item.authorName;
}

function tagHint(ctx: ViewContext, tags: string[]): string {
  return tags.length > 0 ? ctx.t('post.tags.hint', { tags: tags.slice(0, 30).join(', ') }) : ctx.t('post.tags.hintNone');
}

export function PostFields({ ctx, state, tags }: { ctx: ViewContext; state: FormState; tags: { themes: string[]; crises: string[] } }): SafeHtml {
  const { t } = ctx;
  return (
    <>
      <Field id="kind" name="kind" label={t('post.kind')}>
        <Select id="kind" name="kind" options={postKindOptions(ctx)} selected={text(state.values, 'kind')} invalid={Boolean(state.errors.kind)} />
      </Field>
      <TextField name="title" label={t('post.title')} value={text(state.values, 'title')} errors={state.errors} required maxlength={300} />
      <TextArea name="summary" label={t('post.summary')} hint={t('post.summary.hint')} value={text(state.values, 'summary')} errors={state.errors} rows={6} />
      <TextField name="crises" label={t('post.crises')} hint={tagHint(ctx, tags.crises)} value={text(state.values, 'crises')} errors={state.errors} />
      <TextField name="themes" label={t('post.themes')} hint={tagHint(ctx, tags.themes)} value={text(state.values, 'themes')} errors={state.errors} />
      <TextField name="regions" label={t('post.regions')} hint={t('post.tags.hintNone')} value={text(state.values, 'regions')} errors={state.errors} />
      <TextArea name="links" label={t('post.links')} hint={t('post.links.hint')} value={fieldValue(state, 'links')} errors={state.errors} rows={3} />
      <FileField name="files" label={t('post.files')} hint={t('post.files.hint')} errors={state.errors} multiple />
    </>
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

function ReplyForm({ ctx, thread, parent, state }: { ctx: ViewContext; thread: PostThread; parent: Reply | null; state?: FormState }): SafeHtml {
  const { t } = ctx;
  const id = parent ? `reply-${parent.id}-body` : 'body';
  const errors = state?.errors ?? {};
  return (
    <PostForm ctx={ctx} action={`${postHref(thread.group, thread.post)}/replies`} class="stacked reply-form">
      {parent ? <input type="hidden" name="parent_reply_id" value={String(parent.id)} /> : null}
      <div class="field">
        <label for={id}>{parent ? t('post.reply.to', { author: parent.authorName }) : t('post.reply.body')}</label>
        <textarea id={id} name="body" rows={3} aria-invalid={errors.body ? 'true' : undefined}>
          {parent ? '' : text(state?.values ?? {}, 'body')}
        </textarea>
        {!parent && errors.body ? <p class="field-error">{errors.body}</p> : null}
      </div>
      <div class="actions">
        <button type="submit" class={parent ? 'secondary' : undefined}>
          {t('post.reply.submit')}
        </button>
      </div>
    </PostForm>
  );
}

function ReplyTree({ ctx, thread, replies, depth }: { ctx: ViewContext; thread: PostThread; replies: Reply[]; depth: number }): SafeHtml {
  const { t } = ctx;
  return (
    <ol class="replies">
      {replies.map((reply) => (
        <li id={`reply-${reply.id}`}>
          <article class="reply">
            <p class="meta">{t('post.reply.by', { author: author(reply), date: ctx.fmt.date(reply.createdAt) })}</p>
            <div class="prose">{renderMarkdown(reply.body)}</div>
            {thread.rights.post && depth < 4 ? (
              <details class="no-print">
                <summary>{t('post.reply')}</summary>
                <ReplyForm ctx={ctx} thread={thread} parent={reply} />
              </details>
            ) : null}
          </article>
          {reply.replies.length > 0 ? <ReplyTree ctx={ctx} thread={thread} replies={reply.replies} depth={depth + 1} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function PostPage({ ctx, thread, replyState, notice }: { ctx: ViewContext; thread: PostThread; replyState?: FormState; notice: string | null }): SafeHtml {
  const { t } = ctx;
  const { group, post } = thread;
  return (
    <Layout ctx={ctx} title={`${post.title} · ${group.name}`} description={post.title}>
      <p class="breadcrumb">
        <a href="/groups">{t('groups.title')}</a>{' '}
        <span class="crumb-separator" aria-hidden="true">
          ›
        </span>{' '}
        <a href={groupHref(group)}>{group.name}</a>
      </p>
      <p class="meta">
        <span class="status">{postKindLabel(ctx, post.kind)}</span>
      </p>
      <h1>{post.title}</h1>
      <Flash message={notice} />
      <p class="meta">
        {t('post.by', { author: author(post), date: ctx.fmt.date(post.createdAt) })}
        {post.updatedAt.getTime() !== post.createdAt.getTime() ? ` · ${t('post.updated', { date: ctx.fmt.date(post.updatedAt) })}` : ''}
      </p>
      {post.isSample ? <p class="notice">{t('post.sample')}</p> : null}
      <TagLinks ctx={ctx} group={group} post={post} />
      <div class="prose">{renderMarkdown(post.summary)}</div>
      {post.links.length > 0 ? (
        <>
          <h2>{t('post.links')}</h2>
          <ul>
            {post.links.map((link) => (
              <li>
                <a href={link.url} rel="noopener noreferrer external">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {post.files.length > 0 ? (
        <>
          <h2>{t('post.files')}</h2>
          <ul>
            {post.files.map((file) => (
              <li>
                <a href={file.href} download>
                  {file.name}
                </a>{' '}
                <span class="meta">({t('post.fileSize', { size: fileSizeKiB(file.sizeBytes) })})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {thread.mayEdit ? (
        <div class="actions no-print">
          <a href={`${postHref(group, post)}/edit`}>{t('post.edit')}</a>
          <PostForm ctx={ctx} action={`${postHref(group, post)}/delete`} confirm={t('post.delete.confirm')}>
            <button type="submit" class="secondary">
              {t('post.delete')}
            </button>
          </PostForm>
        </div>
      ) : null}
      <h2 id="replies">{t('post.replies')}</h2>
      {thread.replies.length === 0 ? <p>{t('post.replies.none')}</p> : <ReplyTree ctx={ctx} thread={thread} replies={thread.replies} depth={1} />}
      {thread.rights.post ? (
        <section class="no-print" aria-labelledby="reply-title">
          <h2 id="reply-title">{t('post.reply')}</h2>
          <ErrorSummary ctx={ctx} errors={replyState?.errors ?? {}} message={replyState?.message} />
          <ReplyForm ctx={ctx} thread={thread} parent={null} state={replyState} />
        </section>
      ) : null}
      <p>
        <a href={groupHref(group)}>{t('post.back', { group: group.name })}</a>
      </p>
    </Layout>
  );
}

export function postFormValues(post: Post): FormState['values'] {
  return {
    kind: post.kind,
    title: post.title,
    summary: post.summary,
    themes: post.themes.join(', '),
    crises: post.crises.join(', '),
    regions: post.regions.join(', '),
    links: post.links.map((link) => `${link.url} ${link.label}`).join('\n'),
    version: String(post.version),
  };
}

export function PostEditPage({ ctx, group, post, state, tags }: { ctx: ViewContext; group: Group; post: Post; state: FormState; tags: { themes: string[]; crises: string[] } }): SafeHtml {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('post.edit.title')} description={post.title}>
      <p class="breadcrumb">
        <a href={groupHref(group)}>{group.name}</a>{' '}
        <span class="crumb-separator" aria-hidden="true">
          ›
        </span>{' '}
        <a href={postHref(group, post)}>{post.title}</a>
      </p>
      <h1>{t('post.edit.title')}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={`${postHref(group, post)}/edit`} enctype="multipart/form-data" class="stacked">
        <input type="hidden" name="version" value={text(state.values, 'version')} />
        <PostFields ctx={ctx} state={state} tags={tags} />
        <FormActions ctx={ctx} submit={t('post.save')} cancel={postHref(group, post)} />
      </PostForm>
    </Layout>
  );
}

/** What is saved now, beside a stale form. */
export function NewerPost({ ctx, post }: { ctx: ViewContext; post: Post }): SafeHtml {
  return (
    <dl class="facts">
      <div>
        <dt>{ctx.t('post.title')}</dt>
        <dd>{post.title}</dd>
      </div>
      <div>
        <dt>{ctx.t('post.summary')}</dt>
        <dd>{post.summary}</dd>
      </div>
    </dl>
  );
}

export function groupFormValues(group: Group | null): FormState['values'] {
  if (!group) return { kind: 'ad_hoc', version: '0', entities: [], conveners: [] };
  return {
    name: group.name,
    kind: group.kind,
    mandate: group.mandate,
    formed_on: group.formedOn ?? '',
    formed_reason: group.formedReason ?? '',
    closed_on: group.closedOn ?? '',
    entities: group.members.map((member) => member.acronym),
    conveners: group.members.filter((member) => member.convener).map((member) => member.acronym),
    version: String(group.version),
  };
}

export function GroupFormPage(props: { ctx: ViewContext; group: Group | null; state: FormState; entities: { acronym: string; name: string }[] }): SafeHtml {
  const { ctx, group, state, entities } = props;
  const { t } = ctx;
  const title = group ? t('groups.form.title.edit', { name: group.name }) : t('groups.form.title.new');
  const options = entities.map((entity) => ({ value: entity.acronym, label: entity.acronym }));
  return (
    <Layout ctx={ctx} title={title} description={t('groups.intro')}>
      <p class="breadcrumb">
        <a href="/groups">{t('groups.title')}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={state.errors} message={state.message} />
      <NewerValues ctx={ctx} newer={state.newer} />
      <PostForm ctx={ctx} action={group ? `${groupHref(group)}/edit` : '/groups'} class="stacked">
        <input type="hidden" name="version" value={text(state.values, 'version')} />
        <TextField name="name" label={t('groups.form.name')} value={text(state.values, 'name')} errors={state.errors} required maxlength={200} />
        <SelectField
          name="kind"
          label={t('groups.form.kind')}
          options={groupKinds.map((kind) => ({ value: kind, label: t(`groups.kind.${kind}` as MessageKey) }))}
          selected={text(state.values, 'kind')}
        />
        <TextArea name="mandate" label={t('groups.form.mandate')} value={text(state.values, 'mandate')} errors={state.errors} rows={4} />
        <TextField name="formed_on" label={t('groups.form.formedOn')} value={text(state.values, 'formed_on')} errors={state.errors} />
        <TextArea name="formed_reason" label={t('groups.form.formedReason')} value={text(state.values, 'formed_reason')} errors={state.errors} rows={3} />
        <TextField name="closed_on" label={t('groups.form.closedOn')} value={text(state.values, 'closed_on')} errors={state.errors} />
        <CheckboxGroup name="entities" legend={t('groups.form.entities')} options={options} selected={fieldList(state, 'entities')} errors={state.errors} />
        <CheckboxGroup name="conveners" legend={t('groups.form.conveners')} options={options} selected={fieldList(state, 'conveners')} errors={state.errors} />
        <FormActions ctx={ctx} submit={t('form.save')} cancel={group ? groupHref(group) : '/groups'} />
      </PostForm>
    </Layout>
  );
}

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
