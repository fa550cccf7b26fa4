/**
 * Accounts: people, their organization and roles, how they sign in (password, optional second
 * factor, sessions in the database, API tokens) and the single-use links that set a password.
 * This file is the feature's public face; the work is in one file per use case:
 *
 *   accounts.read.service.ts         an account as shown, and the actor a signed-in account acts as
 *   accounts.invitations.service.ts  creating accounts, invitation and reset links, setting a password
 *   accounts.sessions.service.ts     opening, resolving and ending sessions; approving an account
 *   accounts.tokens.service.ts       API tokens
 *   accounts.lists.service.ts        the first administrator, and the lists other features read
 *   accounts.settings.service.ts     what a person changes of their own account: language, password
 */

export { type Account, actorFor, sessionMaxMs } from './accounts.read.service';
export { createAccount, createResetLink, getInviteForm, type InviteForm, readLink, setPasswordWithLink } from './accounts.invitations.service';
export { approveAccount, endOtherSessions, openSession, resolveSession, type SessionInfo, sessionTouchMs, signOut } from './accounts.sessions.service';
export { type ApiToken, createApiToken, resolveApiToken, revokeApiToken, tokenMarkMs } from './accounts.tokens.service';
export { ensureAdministrator, listAccountsOf, listRecipients, type PendingInvitation, pendingInvitationsCount, type Recipient, recipientsByIds } from './accounts.lists.service';
export { changePassword, setLanguage } from './accounts.settings.service';
