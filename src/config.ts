/**
 * The one place that reads the environment. Every setting is documented here (the README's table
 * mirrors it, and a test holds the two together); loadConfig parses them once and fails fast.
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './lib/errors';
import type { MailSettings } from './lib/mail';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const optionalUrl = z.preprocess((value) => (value === '' ? undefined : value), z.url().optional());

export const configVariables = {
  PORT: { schema: z.coerce.number().int().min(0).max(65535).default(3000), description: 'Port of the web server.' },
  HOST: { schema: z.string().min(1).default('127.0.0.1'), description: 'Address the web server binds to; `0.0.0.0` to serve other machines.' },
  PUBLIC_URL: { schema: optionalUrl, description: 'The address people use to reach the platform (for links in mail and feeds). Default: `http://localhost:PORT`.' },
  ICAT_DATA_DIR: { schema: z.string().min(1).default('./data'), description: 'Directory of the embedded database, and of sent mail as `.eml` files when `SMTP_URL` is unset. Files and reports are in the database.' },
  DATABASE_URL: { schema: optionalUrl, description: 'A PostgreSQL server (`postgres://user:pass@host:5432/db`) to use instead of the embedded database.' },
  ICAT_ADMIN_EMAIL: { schema: z.string().regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address').default('admin@localhost'), description: 'Email of the administrator that `icat serve` creates, with a generated password, when there is none.' },
  ICAT_SEED: { schema: flag.default(true), description: 'Load the ICAT reference and demo data on the first start of an empty database.' },
  SMTP_URL: { schema: optionalUrl, description: 'Mail server (`smtp://user:pass@host:587`). Unset: mail is written as `.eml` files under `ICAT_DATA_DIR/outbox/`.' },
  MAIL_FROM: { schema: z.string().min(3).default('ICAT platform <no-reply@localhost>'), description: 'Sender of the mail the platform sends.' },
  TRUST_PROXY: { schema: flag.default(false), description: 'Set to `true` behind an HTTPS reverse proxy: client addresses come from `X-Forwarded-For` and cookies are marked Secure.' },
  CHROMIUM_PATH: { schema: z.string().min(1).default('/usr/bin/chromium'), description: 'Chromium used to print reports to PDF.' },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'), description: 'How much the server logs.' },
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
  trustProxy: boolean;
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
  if (problems.length > 0) throw new AppError('CONFIG_INVALID', `Invalid configuration: ${problems.join('; ')}`);
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
    trustProxy: values.TRUST_PROXY as boolean,
    chromiumPath: values.CHROMIUM_PATH as string,
    logLevel: values.LOG_LEVEL as Config['logLevel'],
  };
}
