import { z } from 'zod';
import { optional, says, whenFieldsValid } from '../../lib/validation';
import { roles } from './accounts.table';

export const email = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, says('input.notEmail'));
export const password = z
  .string()
  .min(12, says('input.tooShort', { count: 12 }))
  .max(200, says('input.tooLong', { count: 200 }));
export const personName = z.string().trim().min(1).max(120);

export const signInForm = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(200),
  next: optional(z.string().max(500)),
});

export const secondFactorForm = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, says('fields.sixDigits')),
});
/** At sign-in, a recovery code (xxxxx-xxxxx) does in place of the app's code. */
export const signInCodeForm = z.object({
  code: z
    .string()
    .trim()
    .regex(/^(\d{6}|[a-z2-9]{5}-?[a-z2-9]{5})$/i, says('fields.sixDigitsOrRecoveryCode')),
});

export const setPasswordForm = z
  .object({ password, confirm: z.string() })
  .refine((form) => form.password === form.confirm, { path: ['confirm'], ...says('fields.passwordMismatch'), ...whenFieldsValid('password', 'confirm') });

export const forgotPasswordForm = z.object({ email });

export const inviteForm = z.object({
  email,
  name: personName,
  entity: optional(z.string().trim().max(60)),
  roles: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(roles)).min(1, says('fields.chooseRole'))),
});
export type InviteInput = z.infer<typeof inviteForm>;

export const approveForm = z.object({ entity: optional(z.string().trim().max(60)) });
export const apiTokenForm = z.object({ name: z.string().trim().min(1).max(80) });
export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const sessionForm = z.object({ session: z.string().regex(/^[0-9a-f]{64}$/) });
export const requireSecondFactorForm = z.object({ required: z.enum(['true', 'false']) });

export const userAddOptions = z.object({
  email,
  name: personName,
  entity: optional(z.string().trim()),
  role: z.array(z.enum(roles)).min(1, says('fields.giveRole')),
});

export const passkeyName = z.string().trim().min(1, says('fields.namePasskey')).max(80);
export const passkeyNameForm = z.object({ name: passkeyName });

const base64url = z
  .string()
  .max(20_000)
  .regex(/^[\w-]*$/, says('fields.base64url'));
/** What the browser answers to a WebAuthn ceremony (PublicKeyCredential.toJSON()), bounded. */
const credentialResponse = z.object({
  id: base64url.min(1).max(1400),
  rawId: base64url.min(1).max(1400),
  type: z.literal('public-key'),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});
export const addPasskeyBody = z.object({
  name: passkeyName,
  response: credentialResponse.extend({
    response: z.object({ clientDataJSON: base64url, attestationObject: base64url, transports: z.array(z.string().max(40)).max(10).optional() }).passthrough(),
  }),
});
export const passkeySignInBody = z.object({
  next: optional(z.string().max(500)),
  response: credentialResponse.extend({
    response: z.object({ clientDataJSON: base64url, authenticatorData: base64url, signature: base64url, userHandle: base64url.optional() }).passthrough(),
  }),
});
