/** Sending one hostile request as a given person, and seeing whether the database changed. */
import { sql, type Kysely } from 'kysely';
import type { TestClient, TestResponse } from '../support/http-client';
import { multipartBody } from '../support/multipart';
import { percentEncode } from './hostile-strings';

export type Fields = Record<string, string>;

function urlEncoded(fields: Fields): string {
  return Object.entries(fields)
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
}

export function withQuery(url: string, fields: Fields): string {
  const [path = '', query = ''] = url.split('?');
  const kept = new URLSearchParams(query);
  for (const name of Object.keys(fields)) kept.delete(name);
  const rest = kept.toString();
  return `${path}?${[rest, urlEncoded(fields)].filter(Boolean).join('&')}`;
}

/** Hostile requests never change the person's cookies: a fuzzed sign-out must not sign the fuzzer out. */
export async function sendGet(client: TestClient, url: string): Promise<TestResponse> {
  return client.send({ method: 'GET', url, headers: {} }, { keepCookies: false });
}

/** Posts like the page's form would: urlencoded (with raw encodings) or multipart, with the CSRF token. */
export async function sendForm(client: TestClient, url: string, fields: Fields, multipart: boolean): Promise<TestResponse> {
  if (!client.csrfToken) await client.get('/login');
  if (multipart) {
    const { body, contentType } = multipartBody(fields, []);
    const target = `${url}${url.includes('?') ? '&' : '?'}_csrf=${encodeURIComponent(client.csrfToken)}`;
    return client.send({ method: 'POST', url: target, payload: body, headers: { 'content-type': contentType } }, { keepCookies: false });
  }
  const payload = urlEncoded({ _csrf: client.csrfToken, ...fields });
  return client.send({ method: 'POST', url, payload, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, { keepCookies: false });
}

/** Tables a refused sign-in or reset request may write to by design: the attempt itself is recorded. */
const recordsOfAttempts = new Set(['sign_in_attempts', 'password_reset_requests']);

/** One hash per table (audit entries of refused sign-ins left out): equal fingerprints mean nothing changed. */
export async function databaseFingerprint(db: Kysely<any>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by table_name`.execute(db);
  const parts = tables.rows
    .filter(({ name }) => !recordsOfAttempts.has(name))
    .map(({ name }) => {
      const where = name === 'audit_log' ? sql`where x.action not like 'sign_in%'` : sql``;
      return sql`select ${name}::text as name, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from ${sql.table(name)} x ${where}`;
    });
  const result = await sql<{ name: string; hash: string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return Object.fromEntries(result.rows.map((row) => [row.name, row.hash]));
}
