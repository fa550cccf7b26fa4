/**
 * A post: its page with the replies, and editing it.
 */
import type { SafeHtml } from '../../lib/html';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { fileSizeKiB } from '../../views/components/file-field';
import { Flash } from '../../views/components/flash';
import { ErrorSummary, FormActions, NewerValues, PostForm, type FormState } from '../../views/components/forms';
import { Layout } from '../../views/layout';
import type { Group, Post, Reply } from './groups.schemas';
import type { PostThread } from './posts.service';
import { PostFields, TagLinks, author, groupHref, postHref, postKindLabel, text } from './groups.common.views';

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
