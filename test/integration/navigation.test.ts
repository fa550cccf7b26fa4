/**
 * The workspace's navigation offers each person exactly the pages they may open: every link it shows
 * answers 200, and every workspace link it hides refuses them (unless the public may open it too). The links' rights come from the policy
 * (src/http/navigation.ts), so this holds the navigation to the pages' own rules.
 */
import { describe, expect, it } from 'vitest';
import { publicNav, workspaceNav } from '../../src/views/nav';
import { people, type Who } from '../access/access';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount } from '../support/factories';
import { TestClient } from '../support/http-client';
import { testDatabaseKinds } from '../support/test-database';

const signedIn = Object.keys(people) as Exclude<Who, 'public'>[];
/** Pages everyone may open (the reports' list is also the co-chairs' way into their workspace). */
const publicPages = new Set(publicNav.map((item) => item.href));

/** The hrefs of the workspace's links on a page, in order. */
function linksShown(html: string): string[] {
  const nav = /<nav class="account-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1] as string);
}

for (const kind of testDatabaseKinds()) {
  describe(`the workspace's navigation [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('shows each person the links whose pages open for them, and hides those that refuse them', async () => {
      const seen: Record<string, string[]> = {};
      await Promise.all(
        signedIn.map(async (person) => {
          const client = new TestClient(ctx().app);
          const account = await createTestAccount(ctx().deps, people[person]);
          await client.signIn(account.email, account.password);
          const shown = linksShown((await client.get('/work')).body);
          seen[person] = shown;
          for (const item of workspaceNav) {
            const status = (await client.get(item.href)).statusCode;
            if (shown.includes(item.href)) expect(status, `${person} is shown ${item.href}`).toBe(200);
            else if (!publicPages.has(item.href)) expect([401, 403, 404], `${person} is not shown ${item.href}, which answers ${status}`).toContain(status);
          }
        }),
      );
      expect(seen.admin).toContain('/admin/audit');
      expect(seen.member).not.toContain('/admin/audit');
      expect(seen.survivor_advisor).not.toContain('/statements/workspace');
      expect(seen.focal_point).toContain('/admin/accounts');
      expect(seen.cochair).toContain('/reports');
    }, 120_000);
  });
}
