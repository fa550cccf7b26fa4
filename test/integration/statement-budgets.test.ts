/// <reference types="vite/client" />
/**
 * Holds every page in test/budgets/*.budgets.ts to its budget of SQL statements, counted on the app's
 * own database connection, and prints the statements of a page over its budget. Each page is counted
 * on the demo data and again on grown data (bench/data's generator): a page whose count grows with
 * the data queries per row. Rendering is what is counted: the page cache is off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateGroupData } from '../../bench/data/generate';
import { buildApp } from '../../src/app';
import { people, type Who } from '../access/access';
import type { StatementBudget } from '../budgets/budgets';
import { useTestContext, type TestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { countStatements } from '../support/statement-counter';
import { testDatabaseKinds } from '../support/test-database';

const tables = import.meta.glob<{ budgets: StatementBudget[] }>('../budgets/*.budgets.ts', { eager: true });
const budgets = Object.values(tables).flatMap((table) => table.budgets);
/**
 * How much the grown data set holds, in bench/data's "×" (a group's year; its 1× already has twice the
 * demo's organizations, a hundred progress updates, fifty posts, more meetings, statements and
 * publications). Written through the services, 10× takes minutes, too long for every run of the
 * tests: the suite grows the data to 1×, and `BUDGET_SCALE=10` runs the pages at 10×.
 */
const grownScale = Number(process.env.BUDGET_SCALE ?? 1);

interface Counted {
  page: StatementBudget;
  status: number;
  statements: string[];
}

/** Requests every page as its person, once to warm what a process reads once (vocabularies, say), then counting. */
async function countPages(context: TestContext): Promise<Counted[]> {
  const counter = countStatements(context.deps.db);
  const app = await buildApp({ ...context.deps, db: counter.db, database: context.database, pageCache: { enabled: false } });
  const clients = new Map<Who, TestClient>();
  const clientFor = async (who: Who) => {
    let client = clients.get(who);
    if (client) return client;
    client = new TestClient(app);
    if (who !== 'public') {
      const account = await createTestAccount(context.deps, people[who]);
      await client.signIn(account.email, account.password);
    }
    clients.set(who, client);
    return client;
  };
  const counted: Counted[] = [];
  try {
    for (const page of budgets) {
      const client = await clientFor(page.as);
      await client.get(page.url);
      let status = 0;
      const statements = await counter.during(async () => (status = (await client.get(page.url)).statusCode));
      counted.push({ page, status, statements });
    }
  } finally {
    await app.close();
  }
  return counted;
}

const describePage = ({ page, statements }: Counted, limit: string) => `${page.as} ${page.url}: ${statements.length} statements, ${limit}\n  ${statements.join('\n  ')}`;

describe.each(testDatabaseKinds())('statements per page (%s)', (kind) => {
  const demo = useTestContext(kind);
  const grown = useTestContext(kind);
  beforeAll(async () => {
    await generateGroupData(grown().deps, { scale: grownScale, publishReport: false });
  }, 600_000);

  it('keeps every page within its budget, and its count does not grow with the data', async () => {
    const small = await countPages(demo());
    for (const { page, status } of small) expect(status, `${page.as} ${page.url}`).toBe(200);
    const over = small.filter(({ page, statements }) => statements.length > page.budget).map((counted) => describePage(counted, `budget ${counted.page.budget}`));
    const large = await countPages(grown());
    for (const { page, status } of large) expect(status, `${page.as} ${page.url} at ${grownScale}×`).toBe(200);
    const grew = large
      .map((counted, index) => ({ counted, before: small[index]!.statements.length }))
      .filter(({ counted, before }) => counted.statements.length > before)
      .map(({ counted, before }) => describePage(counted, `${before} on the demo data, at bench data ${grownScale}×`));
    expect([...over, ...grew].join('\n\n')).toBe('');
  }, 600_000);
});
