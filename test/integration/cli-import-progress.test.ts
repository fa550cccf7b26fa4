/**
 * `icat import-progress` beside a running server: on the embedded database the command reaches the
 * server's database through its socket, on a PostgreSQL server it connects like the server does; the
 * server keeps answering while the file is imported and shows the imported updates at once.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { icatCommand } from '../support/cli';
import { TestClient } from '../support/http-client';
import { printedAdminPassword, startServer, type ServerProcess } from '../support/server-process';
import { makeTempDir, onServer, testDatabaseKinds } from '../support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`icat import-progress beside a running server [${kind}]`, { timeout: 400_000 }, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
    });

    it('imports a file while the server answers, refuses a bad one with each row and column, and changes nothing the second time', async () => {
      const dir = makeTempDir('icat-import-progress-');
      let env: Record<string, string>;
      if (kind === 'pglite') env = { ICAT_DATA_DIR: join(dir, 'data') };
      else {
        const serverUrl = process.env.TEST_DATABASE_URL as string;
        const name = `icat_t_import_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        await onServer(serverUrl, `create database ${name}`);
        cleanups.push(() => onServer(serverUrl, `drop database if exists ${name} with (force)`));
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        env = { DATABASE_URL: url.toString(), ICAT_DATA_DIR: join(dir, 'data') };
      }
      const server: ServerProcess = await startServer(env);
      cleanups.push(async () => {
        if (server.child.exitCode === null) {
          server.child.kill('SIGTERM');
          await server.exited;
        }
      });
      const admin = new TestClient(server.url);
      await admin.signIn('admin@localhost', printedAdminPassword(server.output()));
      const command = { ...env, LOG_LEVEL: 'silent' };

      writeFileSync(
        join(dir, 'good.csv'),
        'organization,item,status,narrative,state\r\nUNICEF,6.1.1,on_track,"Collected by mail (sample data), with a comma",submitted\r\nOHCHR,1.1.2,delayed,Drafted by the secretariat (sample data),draft\r\n',
      );
      // The command runs while people use the site.
      const [imported, ...pages] = await Promise.all([
        icatCommand(['import-progress', '2022', join(dir, 'good.csv')], command),
        ...Array.from({ length: 6 }, () => admin.sameBrowserOn(server.url).get('/progress/periods/1')),
      ]);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('2 row(s) imported into 2022 (2022): 2 created, 0 updated, 0 unchanged');
      expect(pages.map((page) => page.statusCode)).toEqual(Array(6).fill(200));
      // The server sees the submitted update at once, among those waiting for review.
      expect((await admin.get('/progress/periods/1')).body).toMatch(/UNICEF: 6\.1\.1/);

      const again = await icatCommand(['import-progress', '1', join(dir, 'good.csv')], command);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('0 created, 0 updated, 2 unchanged');

      writeFileSync(join(dir, 'bad.csv'), 'organization,item,status\nNOPE,6.1.1,on_track\nOHCHR,1.1.2,sideways\nUNICEF,6.1.1,delayed\n');
      const bad = await icatCommand(['import-progress', '2022', join(dir, 'bad.csv')], command);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('nothing was imported; 3 problems to fix:');
      expect(bad.stderr).toContain('row 2, column organization: "NOPE" is not a known organization');
      expect(bad.stderr).toMatch(/row 3, column status: "sideways" is not a status/);
      // UNICEF's update is submitted: a row that says something else is refused, naming the column.
      expect(bad.stderr).toMatch(/row 4, column status: differs from the update saved, which is already submitted/);

      const unknown = await icatCommand(['import-progress', '1999', join(dir, 'good.csv')], command);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('There is no reporting period "1999"');
      const usage = await icatCommand(['import-progress', join(dir, 'good.csv')], command);
      expect(usage.code).toBe(1);
      expect(usage.stderr).toContain('Usage: icat import-progress PERIOD FILE.csv|FILE.xlsx');
    });
  });
}
