/**
 * The one place that reads the environment. Every setting is documented here (the README's table
 * mirrors it, and a test holds the two together); loadConfig parses them once and fails fast.
 */
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './lib/errors';
import { localized } from './lib/i18n';
import { defaultMailFrom, type MailSettings } from './lib/mail';
import { says } from './lib/validation';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One trusted proxy: an IPv4 or IPv6 address, a CIDR range, or one of proxy-addr's names. */
function isProxyAddress(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const trustedProxies = z
  .string()
  .default('false')
  .transform((value) =>
    ['false', '0', 'none'].includes(value.trim().toLowerCase())
      ? []
      : value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
  )
  .superRefine((entries, context) => {
    if (entries.some((entry) => ['true', '1', '*'].includes(entry.toLowerCase()))) {
      context.addIssue({ code: 'custom', message: localized('fields.trustEveryProxy') });
      return;
    }
    const bad = entries.filter((entry) => !isProxyAddress(entry));
    if (bad.length > 0) context.addIssue({ code: 'custom', message: localized('fields.notProxyAddress', { addresses: bad.join(', ') }) });
  });

const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());

/** Each variable: its schema, its default as the README shows it, and its meaning (the README's table is these rows). */
export const configVariables = {
  PORT: { schema: z.coerce.number().int().min(0).max(65535).default(3000), default: '`3000`', description: 'Port of the web server.' },
  HOST: { schema: z.string().min(1).default('127.0.0.1'), default: '`127.0.0.1`', description: 'Address the web server binds to; `0.0.0.0` to serve other machines.' },
  PUBLIC_URL: {
    schema: optionalUrl,
    default: '`http://localhost:PORT`',
    description:
      "The address people use to reach the platform (for links in mail and feeds, the identity providers' redirect URI, and the passkeys' relying party: set it before anyone adds a passkey).",
  },
  ICAT_DATA_DIR: {
    schema: z.string().min(1).default('./data'),
    default: '`./data`',
    description: 'Directory of the embedded database, and of sent mail as `.eml` files when `SMTP_URL` is unset. Files and reports are in the database.',
  },
  DATABASE_URL: { schema: optionalUrl, default: 'unset', description: 'A PostgreSQL server (`postgres://user:pass@host:5432/db`) to use instead of the embedded database.' },
  ICAT_ADMIN_EMAIL: {
    schema: z
      .string()
      .regex(/^[^\s@]+@[^\s@]+$/, says('input.notEmail'))
      .default('admin@localhost'),
    default: '`admin@localhost`',
    description: 'Email of the administrator that `icat serve` creates, with a generated password printed once, when there is none.',
  },
  ICAT_SEED: { schema: flag.default(true), default: '`true`', description: 'Load the reference and demo data (seed/) on the first start of an empty database.' },
  SMTP_URL: { schema: optionalUrl, default: 'unset', description: 'Mail server (`smtp://user:pass@host:587`). Unset: mail is written as `.eml` files under `ICAT_DATA_DIR/outbox/`.' },
  MAIL_FROM: {
    schema: z.string().min(3).default(defaultMailFrom),
    default: `\`${defaultMailFrom}\``,
    description: "Sender of the mail the platform sends. Left at the default, its name is the group's short name (its settings, /admin/group).",
  },
  TRUST_PROXY: {
    schema: trustedProxies,
    default: '`false`',
    description:
      'The reverse proxies in front of the platform: a comma-separated list of addresses or CIDR ranges (`127.0.0.1`, `10.0.0.0/8`, `::1`, or `loopback`). Only a request that comes from one of them may name the client address (`X-Forwarded-For`) and HTTPS (`X-Forwarded-Proto`, which marks cookies Secure and turns on HSTS). `false` trusts no proxy; `true` is refused, as trusting every sender lets anyone choose their address.',
  },
  CHROMIUM_PATH: { schema: z.string().min(1).default('/usr/bin/chromium'), default: '`/usr/bin/chromium`', description: 'Chromium used to print reports to PDF (and by the browser tests).' },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    default: '`info`',
    description: 'How much the server logs: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`.',
  },
} as const;

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  /** Where earlier versions kept uploads (ICAT_DATA_DIR/uploads): moved into the database at start. */
  uploadsDir: string;
  /** Where earlier versions kept generated reports (ICAT_DATA_DIR/reports): moved into the database at start. */
  reportsDir: string;
  databaseUrl: string | undefined;
  seedOnStart: boolean;
  adminEmail: string;
  mail: MailSettings;
  /** Addresses and CIDR ranges of the reverse proxies whose X-Forwarded-* headers are believed; empty: none. */
  trustedProxies: string[];
  chromiumPath: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, variable] of Object.entries(configVariables)) {
    const result = (variable.schema as z.ZodType).safeParse(env[name] === '' ? undefined : env[name]);
    if (result.success) values[name] = result.data;
    else problems.push(`${name}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  }
  if (problems.length > 0) throw new AppError('CONFIG_INVALID', localized('raised.config.invalid', { problems: problems.join('; ') }));
  const port = values.PORT as number;
  return {
    port,
    host: values.HOST as string,
    publicUrl: ((values.PUBLIC_URL as string | undefined) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir: resolve(values.ICAT_DATA_DIR as string),
    uploadsDir: join(resolve(values.ICAT_DATA_DIR as string), 'uploads'),
    reportsDir: join(resolve(values.ICAT_DATA_DIR as string), 'reports'),
    databaseUrl: values.DATABASE_URL as string | undefined,
    seedOnStart: values.ICAT_SEED as boolean,
    adminEmail: values.ICAT_ADMIN_EMAIL as string,
    mail: {
      smtpUrl: values.SMTP_URL as string | undefined,
      outboxDir: join(resolve(values.ICAT_DATA_DIR as string), 'outbox'),
      from: values.MAIL_FROM as string,
    },
    trustedProxies: values.TRUST_PROXY as string[],
    chromiumPath: values.CHROMIUM_PATH as string,
    logLevel: values.LOG_LEVEL as Config['logLevel'],
  };
}
