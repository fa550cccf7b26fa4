/**
 * Consultation and comments: comments anchored to a paragraph of a version, and consultations that
 * invite named groups (survivor advisors among them) to comment until a deadline.
 */
import * as audit from '../audit/audit.service';
import * as repo from './statements.repository';
import * as handOffs from './hand-offs.service';
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { markdownToPlainText, splitParagraphs } from '../../lib/markdown';
import { zonedTimeToInstant } from '../../lib/zoned-time';
import { accountIdOf, hasRole, type Actor, type Role } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import { advisoryRole, advisoryRoleOffered } from '../../policy/advisory-role';
import { consultationForm, type CommentInput } from './statements.schemas';
import { parseWithChecks } from '../../lib/validation';
import { workingStates, penSubject, statementOrThrow, lockedStatement, moveStatement, conflict, day, consultationInviting, deadlineProblem, commentRight } from './statements.rules';

const rolePriority: Role[] = ['survivor_advisor', 'cochair', 'focal_point', 'member', 'admin'];

function commenterRole(actor: Actor, consultation: repo.ConsultationRow | null): string {
  const invited = consultation ? rolePriority.find((role) => hasRole(actor, role) && consultation.invited_roles.includes(role)) : undefined;
  return invited ?? rolePriority.find((role) => hasRole(actor, role)) ?? 'member';
}

// ---- comments ----

export async function addComment(deps: Deps, actor: Actor | null, slug: string, input: CommentInput): Promise<number> {
  const row = await statementOrThrow(deps.db, slug);
  const consultedBy = await commentRight(deps, actor, row);
  authorize(actor, consultedBy ? 'statement.consultation.comment' : 'statement.comment');
  const consultation = consultedBy ?? (await consultationInviting(deps.db, actor, row.id));
  const now = deps.clock.now();
  if (!workingStates.includes(row.status)) throw conflict(localized('raised.statement.commentsClosed', { status: row.status }));
  if (consultedBy && now >= consultedBy.deadline) throw conflict(localized('raised.statement.consultationClosed', { date: day(consultedBy.deadline) }));
  const saved = await deps.db.transaction().execute(async (trx) => {
    const version = await repo.findVersion(trx, row.id, row.current_version);
    if (!version) throw notFound('statementText');
    const paragraphs = splitParagraphs(version.body);
    const paragraph = paragraphs[input.paragraph - 1];
    if (paragraph === undefined) {
      throw new AppError('VALIDATION', localized('raised.statement.paragraphs', { count: paragraphs.length }), {
        fields: [{ field: 'paragraph', message: localized('raised.statement.chooseParagraph', { count: paragraphs.length }) }],
      });
    }
    const excerpt = markdownToPlainText(paragraph);
    const comment = await repo.insertComment(trx, {
      statement_id: row.id,
      version_number: version.number,
      paragraph: input.paragraph,
      excerpt: excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt,
      body: input.body,
      author_account_id: accountIdOf(actor),
      author_name: actor.name,
      author_entity_id: actor.entityId,
      author_role: commenterRole(actor, consultation),
      role_only: input.role_only,
      consultation_id: consultation?.id ?? (await repo.findOpenConsultation(trx, row.id))?.id ?? null,
      created_at: now,
    });
    await audit.record(trx, now, { actor, action: 'comment', table: 'statement_comments', recordId: comment.id, entityId: actor.entityId, after: comment });
    return comment;
  });
  const inConsultation = saved.consultation_id !== null ? ((await repo.findOpenConsultation(deps.db, row.id)) ?? null) : null;
  await handOffs.notifyCommentReply(deps, actor, row, saved, inConsultation);
  return saved.id;
}

export async function setCommentStatus(deps: Deps, actor: Actor | null, slug: string, commentId: number, status: 'open' | 'resolved'): Promise<void> {
  const row = await statementOrThrow(deps.db, slug);
  const comment = await repo.findComment(deps.db, row.id, commentId);
  if (!comment) throw notFound('comment');
  authorize(actor, 'statement.comment.resolve', { ...penSubject(deps), accountId: comment.author_account_id ?? -1 });
  if (!workingStates.includes(row.status)) throw conflict(localized('raised.statement.commentsStay', { status: row.status }));
  if (comment.status === status) return;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const after = await repo.setCommentStatus(trx, comment.id, status, status === 'resolved' ? accountIdOf(actor) : null, status === 'resolved' ? now : null);
    await audit.record(trx, now, {
      actor,
      action: status === 'resolved' ? 'resolve' : 'reopen',
      table: 'statement_comments',
      recordId: comment.id,
      before: { status: comment.status },
      after: { status: after?.status },
    });
  });
}

// ---- consultation ----

/** Opens a consultation from its form; the deadline is checked against the clock with the form's other problems. */
export async function openConsultation(deps: Deps, actor: Actor | null, slug: string, raw: unknown): Promise<void> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const input = await parseWithChecks(consultationForm, raw, [
    { field: 'deadline', reads: ['deadline'], problem: (form) => deadlineProblem(deps, form.deadline, '23:59', 'UTC') },
    // The advisory role is invited only while the group names one.
    { field: 'roles', reads: ['roles'], problem: (form) => (form.roles.includes(advisoryRole) && !advisoryRoleOffered() ? localized('raised.role.advisorsNotOffered') : null) },
  ]);
  const now = deps.clock.now();
  const deadline = zonedTimeToInstant(input.deadline, '23:59', 'UTC');
  const { row, consultation } = await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    if (statement.status !== 'drafting') throw conflict(localized('raised.statement.consultationNeedsDrafting', { status: statement.status }));
    const consultation = await repo.insertConsultation(trx, {
      statement_id: statement.id,
      version_number: statement.current_version,
      invited_roles: input.roles,
      deadline,
      note: input.note ?? null,
      opened_by: accountIdOf(actor),
      opened_at: now,
    });
    const after = await moveStatement(
      trx,
      now,
      statement,
      { status: 'consultation' },
      {
        audit: () => audit.record(trx, now, { actor, action: 'open_consultation', table: 'statement_consultations', recordId: consultation.id, after: consultation }),
      },
    );
    return { row: after, consultation };
  });
  await handOffs.notifyConsultationOpened(deps, actor, row, consultation);
}

export async function closeConsultation(deps: Deps, actor: Actor | null, slug: string): Promise<void> {
  authorize(actor, 'statement.draft', penSubject(deps));
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const statement = await lockedStatement(trx, slug);
    const consultation = await repo.findOpenConsultation(trx, statement.id);
    if (!consultation) throw conflict(localized('raised.statement.noConsultation'));
    await repo.closeConsultation(trx, consultation.id, now);
    const recordClosing = () =>
      audit.record(trx, now, { actor, action: 'close_consultation', table: 'statement_consultations', recordId: consultation.id, before: { closed_at: null }, after: { closed_at: now } });
    if (statement.status === 'consultation') await moveStatement(trx, now, statement, { status: 'drafting' }, { audit: recordClosing });
    else await recordClosing();
  });
}
