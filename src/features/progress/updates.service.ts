/**
 * Filing and reviewing progress updates. A focal point files, for their own organization, one update
 * per plan item or pledge and period: draft > submitted > accepted, or returned with a comment and
 * then edited and submitted again. Every change adds a version (the whole update as it then was),
 * and the audit log records it. Nothing changes in a locked period. This file is the public face; the
 * work is in one file per use case:
 *
 *   updates.filing.service.ts     what a focal point files on, checking the input, filing a new update
 *   updates.review.service.ts     saving, submitting, accepting and returning an update; reading one
 *   updates.evidence.service.ts   evidence files: attaching, removing, downloading
 *   updates.work-list.service.ts  the focal point's work list
 */

export { assertFiling, checkInput, createUpdate, filingContext, type FilingContext, periodOrThrow, recordVersion } from './updates.filing.service';
export { acceptUpdate, editable, getUpdate, returnUpdate, saveUpdate, staleUpdate, submitUpdate, type UpdateDetail, updateForEditing } from './updates.review.service';
export { assertMayAttach, attachFiles, evidenceFile, removeEvidence } from './updates.evidence.service';
export { type ReportingList, reportingLists } from './updates.work-list.service';
