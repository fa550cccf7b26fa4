/**
 * Renders every GET route, to the public and to people signed in, with English replaced by an
 * accented, lengthened pseudo-language marked ⟦…⟧. What is left once the marked text and the data
 * are taken away is text written in code instead of the catalogue: untranslatable, so a failure.
 * Data is recognised by its words: every word stored in the database counts as data.
 */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageNames, supportedLocales, usePseudoEnglish } from '../../src/lib/i18n';
import { everyExpectation, onePerRoute, people, type Who } from '../access/access';
import { settleJobs, useTestContext } from '../support/build-test-app';
import { outbox } from '../support/mail';
import { createTestAccount } from '../support/factories';
import { icat } from '../support/group-words';
import { TestClient } from '../support/http-client';

const getRoutes = onePerRoute(everyExpectation()).filter((entry) => entry.route.startsWith('GET '));
const readers: Who[] = ['public', 'focal_point', 'cochair', 'admin'];

/** Words any page may show untranslated: language names in themselves, and what Intl writes for dates. */
function wordsAlwaysAllowed(): Set<string> {
  const words = new Set<string>(Object.values(languageNames).flatMap((name) => name.split(/\s+/)));
  const months = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
  const shortMonths = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
  const days = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2022, month, 3));
    words.add(months.format(date)).add(shortMonths.format(date).replace('.', '')).add(days.format(date));
  }
  // UTC names the zone of a time; null, true and false are values the audit log shows as stored.
  for (const word of ['UTC', 'null', 'true', 'false']) words.add(word);
  return words;
}

const alwaysAllowed = wordsAlwaysAllowed();

function visibleTexts(html: string): string[] {
  // Text in <code> is code (the API reference's field names, paths and types), in no language.
  const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<code[\s\S]*?<\/code>/g, ' ');
  const attributes = [...body.matchAll(/\s(?:title|aria-label|placeholder|alt)="([^"]*)"/g)].map((match) => match[1]!);
  const buttons = [...body.matchAll(/<input[^>]*type="(?:submit|button)"[^>]*value="([^"]*)"/g)].map((match) => match[1]!);
  const texts = body.split(/<[^>]*>/);
  return [...texts, ...attributes, ...buttons]
    .map(decode)
    .map((text) => text.trim())
    .filter(Boolean);
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
}

function withoutCatalogueText(text: string): string {
  let rest = text;
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  return rest;
}

const wordsOf = (text: string) => text.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

describe('the pseudo-locale', () => {
  const ctx = useTestContext('pglite');
  let dataWords: Set<string>;

  const clients = new Map<Who, TestClient>();

  beforeAll(async () => {
    usePseudoEnglish();
    for (const reader of readers) {
      const client = new TestClient(ctx().app);
      if (reader !== 'public') {
        const account = await createTestAccount(ctx().deps, people[reader]);
        await client.signIn(account.email, account.password);
      }
      clients.set(reader, client);
    }
    await collectDataWords();
  });

  /** Every word stored in the database, and the names of its tables and columns (the audit log shows them). */
  async function collectDataWords(): Promise<void> {
    dataWords = new Set();
    const { rows: columns } = await sql<{ table_name: string; column_name: string }>`select table_name, column_name from information_schema.columns where table_schema = 'public'`.execute(
      ctx().database.db,
    );
    for (const { table_name, column_name } of columns) collectWords(`${table_name} ${column_name}`, dataWords);
    // The group's own names (of its report sections, say) are its settings: data, not code.
    collectWords(icat, dataWords);
    const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(ctx().database.db);
    for (const { table_name } of rows) {
      const { rows: records } = await sql<{ record: string }>`select row_to_json(t)::text as record from ${sql.table(table_name)} t`.execute(ctx().database.db);
      for (const { record } of records) collectWords(JSON.parse(record) as unknown, dataWords);
    }
  }

  function collectWords(value: unknown, into: Set<string>): void {
    if (typeof value === 'string') {
      if (value.startsWith('{') || value.startsWith('[')) {
        try {
          collectWords(JSON.parse(value), into);
        } catch {
          // Not JSON after all: plain text.
        }
      }
      for (const word of wordsOf(value)) for (const part of [word, ...word.split(/['’-]/)]) into.add(part);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        collectWords(key, into);
        collectWords(inner, into);
      }
    }
  }

  /** The English words of a text that are neither the catalogue's (marked), nor data, nor addresses. */
  function plainEnglish(text: string): string[] {
    const words = wordsOf(withoutCatalogueText(text).replace(/\b(?:https?:\/\/|mailto:)\S+|\S+@\S+/g, ' ')).flatMap((word) => word.split(/['’-]/));
    return words.filter((word) => /^[A-Za-z'’-]+$/.test(word) && word.length > 2 && !alwaysAllowed.has(word) && !dataWords.has(word));
  }

  it('leaves no English written in code on any page, public or signed in', async () => {
    const findings = new Map<string, Set<string>>();
    for (const reader of readers) {
      const client = clients.get(reader)!;
      for (const entry of getRoutes) {
        const response = await client.get(entry.url);
        const type = String(response.headers['content-type'] ?? '');
        const texts = type.startsWith('text/html') ? visibleTexts(response.body) : type.startsWith('text/csv') ? [response.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? ''] : [];
        for (const text of texts) {
          if (plainEnglish(text).length === 0) continue;
          const found = findings.get(entry.route) ?? new Set<string>();
          found.add(`${plainEnglish(text).slice(0, 5).join(' ')}: ${withoutCatalogueText(text).replace(/\s+/g, ' ').trim().slice(0, 100)}`);
          findings.set(entry.route, found);
        }
      }
    }
    const report = [...findings].map(([route, texts]) => `${route}: ${[...texts].join(' | ')}`);
    expect(report).toEqual([]);
  }, 600_000);

  it('writes mail from the catalogue too: a password reset, an invitation', async () => {
    const before = (await outbox(ctx().deps)).length;
    const admin = clients.get('admin')!;
    expect((await new TestClient(ctx().app).post('/password/forgot', { email: 'nobody-yet@unodc.example.org' })).statusCode).toBeLessThan(500);
    const invited = await admin.post('/account/invite', { email: 'invited-pseudo@unodc.example.org', name: 'Invited Person', entity: 'UNODC', roles: 'member' });
    expect(invited.statusCode).toBeLessThan(400);
    await settleJobs(ctx().deps);
    await collectDataWords();
    const mails = (await outbox(ctx().deps)).slice(before);
    expect(mails.length).toBeGreaterThan(0);
    const english = mails
      .flatMap((mail) => mail.split('\n').filter((line) => !/^(To|From|Subject|Date|Message-ID|Content-[\w-]+|MIME-Version):/i.test(line)))
      .filter((line) => plainEnglish(line).length > 0);
    expect(english).toEqual([]);
  });

  it('is only a test language: the six languages are unchanged', () => {
    expect(supportedLocales).toEqual(['en', 'fr', 'es', 'ar', 'ru', 'zh']);
  });
});
