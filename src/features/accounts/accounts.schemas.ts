import { z } from 'zod';
import { optional, whenFieldsValid } from '../../lib/validation';
import { roles } from './accounts.table';

export const email = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address');
export const password = z.string().min(12, 'must be at least 12 characters').max(200, 'must be at most 200 characters');
export const personName = z.string().trim().min(1).max(120);

export const signInForm = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(200),
  next: optional(z.string().max(500)),
});

export const secondFactorForm = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'must be the 6 digits your app shows') });

export const setPasswordForm = z
  .object({ password, confirm: z.string() })
  .refine((form) => form.password === form.confirm, { path: ['confirm'], message: 'does not match the password', ...whenFieldsValid('password', 'confirm') });

export const forgotPasswordForm = z.object({ email });

export const inviteForm = z.object({
  email,
  name: personName,
  entity: optional(z.string().trim().max(60)),
  roles: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(roles)).min(1, 'choose at least one role')),
});
export type InviteInput = z.infer<typeof inviteForm>;

export const apiTokenForm = z.object({ name: z.string().trim().min(1).max(80) });
export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const sessionForm = z.object({ session: z.string().regex(/^[0-9a-f]{64}$/) });
export const requireSecondFactorForm = z.object({ required: z.enum(['true', 'false']) });

export const userAddOptions = z.object({
  email,
  name: personName,
  entity: optional(z.string().trim()),
  role: z.array(z.enum(roles)).min(1, 'give at least one --role'),
});
