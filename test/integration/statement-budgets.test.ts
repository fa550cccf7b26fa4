/// <reference types="vite/client" />
/**
 * Holds every page in test/budgets/*.budgets.ts to its budget of SQL statements, counted on the app's
 * own database connection, and prints the statements of a page over its budget. Rendering is what is
 * counted: the page cache is off.
 */
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { people, type Who } from '../access/access';
import type { StatementBudget } from '../budgets/budgets';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { countStatements } from '../support/statement-counter';
import { testDatabaseKinds } from '../support/test-database';

const tables = import.meta.glob<{ budgets: StatementBudget[] }>('../budgets/*.budgets.ts', { eager: true });
const budgets = Object.values(tables).flatMap((table) => table.budgets);

describe.each(testDatabaseKinds())('statements per page (%s)', (kind) => {
  const ctx = useTestContext(kind, { env: { ICAT_PAGE_CACHE: 'false' } });

  it('keeps every page within its budget of SQL statements', async () => {
    const counter = countStatements(ctx().deps.db);
    const app = await buildApp({ ...ctx().deps, db: counter.db, database: ctx().database });
    const clients = new Map<Who, TestClient>();
    const clientFor = async (who: Who) => {
      let client = clients.get(who);
      if (client) return client;
      client = new TestClient(app);
      if (who !== 'public') {
        const account = await createTestAccount(ctx().deps, people[who]);
        await client.signIn(account.email, account.password);
      }
      clients.set(who, client);
      return client;
    };
    const over: string[] = [];
    for (const { url, as, budget } of budgets) {
      const client = await clientFor(as);
      await client.get(url); // what a page loads once per process (vocabularies, say) is not the page's
      let status = 0;
      const statements = await counter.during(async () => (status = (await client.get(url)).statusCode));
      expect(status, `${as} ${url}`).toBe(200);
      if (statements.length > budget) over.push(`${as} ${url}: ${statements.length} statements, budget ${budget}\n  ${statements.join('\n  ')}`);
    }
    await app.close();
    expect(over.join('\n\n')).toBe('');
  }, 300_000);
});
