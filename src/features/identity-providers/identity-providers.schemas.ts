import { z } from 'zod';
import { optional, says } from '../../lib/validation';

const lines = (item: z.ZodType<string>, max: number) =>
  z.preprocess(
    (value) =>
      typeof value === 'string'
        ? [
            ...new Set(
              value
                .split(/[\s,;]+/)
                .map((part) => part.trim())
                .filter(Boolean),
            ),
          ]
        : value,
    z.array(item).max(max, says('fields.atMost', { count: max })),
  );

/** A local address may speak plain HTTP (a provider on the same machine, or in tests); any other must use HTTPS. */
export function isLocalHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export const issuerUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (url.protocol === 'https:' || isLocalHttp(url)) && !url.search && !url.hash && !url.username && !url.password;
  }, says('fields.httpsAddress'));

export const providerForm = z.object({
  name: z.string().trim().min(1, says('fields.nameProvider')).max(80),
  issuer: issuerUrl,
  clientId: z.string().trim().min(1, says('input.required')).max(300),
  clientSecret: optional(z.string().trim().max(1000)),
  entities: lines(z.string().max(60), 50),
  domains: lines(
    z
      .string()
      .toLowerCase()
      .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, says('fields.emailDomains')),
    100,
  ).refine((domains) => domains.length > 0, says('fields.giveEmailDomain')),
  passwordsAllowed: optional(z.enum(['true'])),
  version: optional(z.coerce.number().int().positive()),
});
export type ProviderInput = z.infer<typeof providerForm>;

export const approvalForm = z.object({ required: z.enum(['true', 'false']) });
export const providerIdParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** What the provider sends back to the redirect URI: a code and our state, or an error. */
export const callbackQuery = z.object({
  state: z.string().max(200).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
  iss: z.string().max(500).optional(),
});
