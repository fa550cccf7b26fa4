/**
 * What the working groups' pages share: the form state, addresses, the kinds of post, authors and tags.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import type { ViewContext } from '../../views/context';
import { FileField } from '../../views/components/file-field';
import { Field, fieldValue, Select, TextArea, TextField, type FormState, type FormValues, type SelectOption } from '../../views/components/forms';
import { postKinds, type Group, type Post } from './groups.schemas';

// The routes fill these in; every form shares their shape (views/components/forms).
export type { FormState };

export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: {}, message: null });

/** A value as typed; tags sent as several values are shown comma-separated. */
export function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? '');
}

export function groupHref(group: { slug: string }): string {
  return `/groups/${encodeURIComponent(group.slug)}`;
}

export function postHref(group: { slug: string }, post: { id: number }): string {
  return `${groupHref(group)}/posts/${post.id}`;
}

export function postKindLabel(ctx: ViewContext, kind: string): string {
  return ctx.t(`post.kind.${kind}` as MessageKey);
}

export function postKindOptions(ctx: ViewContext): SelectOption[] {
  return postKinds.map((kind) => ({ value: kind, label: postKindLabel(ctx, kind) }));
}

export function TagLinks({ ctx, group, post }: { ctx: ViewContext; group: Group; post: Post }): SafeHtml {
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

export function author(item: { authorName: string; entityAcronym: string | null }): string {
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
