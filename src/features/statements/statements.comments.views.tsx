/**
 * Commenting on a text: the text with its comments by paragraph, the comment form, earlier
 * versions' comments, and the open consultation.
 */
import type { SafeHtml } from '../../lib/html';
import type { MessageKey } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import type { ViewContext } from '../../views/context';
import { fieldValue, PostForm, SelectField, TextArea, type FormState } from '../../views/components/forms';
import type { CommentView, StatementDetail } from './statements.service';
import { dateTime, roleLabel } from './statements.common.views';

function CommentItem({ ctx, statement, comment }: { ctx: ViewContext; statement: StatementDetail; comment: CommentView }): SafeHtml {
  const { t } = ctx;
  const author = comment.authorName ? `${comment.authorName}${comment.authorEntity ? ` (${comment.authorEntity})` : ''}` : roleLabel(ctx, comment.authorRole);
  return (
    <li class={`comment comment-${comment.status}`} id={`comment-${comment.id}`}>
      <p class="meta">
        {t('comment.by', { author, date: ctx.fmt.date(comment.createdAt), version: comment.versionNumber })}
        {comment.authorName === null ? ` · ${t('comment.roleOnly')}` : ''}
        {comment.inConsultation ? ` · ${t('comment.inConsultation')}` : ''} <span class="status">{t(`comment.status.${comment.status}` as MessageKey)}</span>
      </p>
      <p>{comment.body}</p>
      {comment.canResolve && statement.rights.comment ? (
        <PostForm ctx={ctx} action={`${statement.url}/comments/${comment.id}/status`}>
          <input type="hidden" name="status" value={comment.status === 'open' ? 'resolved' : 'open'} />
          <button type="submit" class="link-button">
            {comment.status === 'open' ? t('comment.resolve') : t('comment.reopen')}
          </button>
        </PostForm>
      ) : null}
    </li>
  );
}

export function TextWithComments({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const current = statement.comments.filter((comment) => comment.versionNumber === statement.text.number);
  return (
    <div class="statement-text">
      {statement.text.paragraphs.map((paragraph, index) => {
        const here = current.filter((comment) => comment.paragraph === index + 1);
        return (
          <div class="paragraph" id={`p-${index + 1}`}>
            {statement.rights.member || statement.comments.length > 0 ? (
              <span class="paragraph-number" aria-hidden="true">
                {`¶${index + 1}`}
              </span>
            ) : null}
            {renderMarkdown(paragraph)}
            {here.length > 0 ? (
              <ul class="comments plain-list" aria-label={ctx.t('comment.onParagraph', { number: index + 1 })}>
                {here.map((comment) => (
                  <CommentItem ctx={ctx} statement={statement} comment={comment} />
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

export function CommentForm({ ctx, statement, state }: { ctx: ViewContext; statement: StatementDetail; state: FormState }): SafeHtml {
  const { t } = ctx;
  return (
    <section aria-labelledby="comment-form-title" class="panel no-print">
      <h2 id="comment-form-title">{t('comment.add')}</h2>
      <PostForm ctx={ctx} action={`${statement.url}/comments`} class="stacked">
        <SelectField
          name="paragraph"
          label={t('comment.paragraph')}
          options={statement.text.paragraphs.map((paragraph, index) => ({ value: String(index + 1), label: `¶${index + 1}: ${paragraph.replace(/[*_#>`[\]]/g, '').slice(0, 70)}` }))}
          selected={fieldValue(state, 'paragraph')}
        />
        <TextArea name="body" label={t('comment.body')} value={fieldValue(state, 'body')} errors={state.errors} rows={4} />
        <label class="checkbox">
          <input type="checkbox" name="role_only" value="on" checked={fieldValue(state, 'role_only') === 'on'} /> {t('comment.roleOnly.ask')}
        </label>
        <div class="actions">
          <button type="submit">{t('comment.submit')}</button>
        </div>
      </PostForm>
    </section>
  );
}

export function Consultation({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const { t } = ctx;
  const consultation = statement.consultation;
  if (!consultation) return <></>;
  return (
    <section aria-labelledby="consultation-title" class="panel">
      <h2 id="consultation-title">{t('consultation.open.title')}</h2>
      <p>{t('consultation.invites', { roles: consultation.invitedRoles.map((role) => roleLabel(ctx, role)).join(', '), date: dateTime(ctx, consultation.deadline) })}</p>
      {!consultation.accepting ? <p class="notice">{t('consultation.deadlinePassed')}</p> : null}
      {consultation.note ? <p>{consultation.note}</p> : null}
      {statement.rights.draft ? (
        <PostForm ctx={ctx} action={`${statement.url}/consultation/close`}>
          <button type="submit" class="secondary">
            {t('consultation.close')}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

export function EarlierComments({ ctx, statement }: { ctx: ViewContext; statement: StatementDetail }): SafeHtml {
  const earlier = statement.comments.filter((comment) => comment.versionNumber !== statement.text.number);
  if (earlier.length === 0) return <></>;
  return (
    <section aria-labelledby="earlier-comments-title">
      <h2 id="earlier-comments-title">{ctx.t('comment.earlier')}</h2>
      <ul class="comments plain-list">
        {earlier.map((comment) => (
          <>
            <li class="meta">{ctx.t('comment.on', { number: comment.paragraph, version: comment.versionNumber, excerpt: comment.excerpt })}</li>
            <CommentItem ctx={ctx} statement={statement} comment={comment} />
          </>
        ))}
      </ul>
    </section>
  );
}
