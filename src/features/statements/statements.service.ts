/**
 * Joint statements, calls to action and contributions to UN processes, from the first draft to the
 * public page: drafting > consultation > endorsement round > adopted > published (or withdrawn).
 *
 * - Drafting: every save of the Markdown text is a numbered version; any two versions can be
 *   compared (lib/diff.ts); comments are anchored to a paragraph of a version, open or resolved.
 * - Consultation: invites named groups (survivor advisors among them) to comment until a deadline;
 *   a commenter may ask to be shown by role only.
 * - Endorsement round: on a fixed version, with a deadline and a rule (consensus or silence
 *   procedure, optional quorum); each member organization's focal point records endorse, abstain or
 *   object, and may change it until the round closes. A text saved while a round is open voids the
 *   round: it needs a new one. Positions of an open round are never public and never indexed.
 * - Adoption is a decision of a meeting (the meetings feature numbers it); publication puts the text,
 *   its date, the meeting and the endorsing organizations on /statements/:slug.
 *
 * Read functions for other features:
 *   listPublishedStatements(deps, { limit, year? })   published texts, newest first, with adoption and endorser count
 *   getStatementWithEndorsers(deps, slug)             one published text with its endorsers (NOT_FOUND unless published)
 *   listAdoptableStatements(deps, actor)              texts whose current version a round endorsed, ready for adoption
 *   statementSummariesByIds(deps, ids)                titles and addresses, for pages that link to statements
 *
 * This file is the feature's public face: other features, routes and commands import it. The work is
 * done by use case, each in its own module (statements.<use>.service.ts); importing this file loads
 * them all, so the adoption decision type and the statements' text source are registered.
 */
export type { Tally } from './statements.tally';
export {
  assertMayComment,
  assertMayDraft,
  assertMayPublish,
  assertMayReadWorkspace,
  assertMayRecordPosition,
  draftingRight,
  reindexStatements,
  statementPageSize,
  statementUrl,
  type DraftingRight,
  type Endorsement,
  type StatementSummary,
  type TextVersion,
  type VersionInfo,
} from './statements.rules';
export {
  getRoundTally,
  getStatement,
  listStatementsPage,
  statementForEditing,
  statementTextById,
  type CommentView,
  type PositionView,
  type RoundView,
  type StatementDetail,
  type StatementPage,
} from './statements.read.service';
export {
  getStatementWithEndorsers,
  listPublishedStatements,
  listPublishedStatementsWithEndorsers,
  statementSummariesByIds,
  type PublishedStatement,
  type PublishedStatementDetail,
} from './statements.published.service';
export { createStatement, getDiff, saveText, slugify, staleStatement, type SavedText, type StatementDiff } from './statements.drafting.service';
export { addComment, closeConsultation, openConsultation, setCommentStatus } from './statements.consultation.service';
export { closeRound, openRound, recordPosition, stalePosition } from './statements.rounds.service';
export { adoptStatement, listAdoptableStatements, publishStatement, withdrawStatement } from './statements.adoption.service';
export { loadReferenceRecord, type ReferenceRecord, type ReferenceStatement } from './statements.seed';
