/**
 * The server as a process: SIGTERM finishes what is in flight and closes cleanly; kill -9 in the
 * middle of a report generation loses nothing, and the generation completes, once, after a restart.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEmbeddedDatabase } from '../../src/db/database';
import { TestClient, type TestResponse } from '../support/http-client';
import { printedAdminPassword, startServer } from '../support/server-process';
import { makeTempDir } from '../support/test-database';

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('the server process', { timeout: 400_000 }, () => {
  it('on SIGTERM, answers every request in flight, logged once each, then closes the database and exits 0', async () => {
    const dataDir = makeTempDir('icat-sigterm-');
    const server = await startServer({ ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const admin = new TestClient(server.url);
    await admin.signIn('admin@localhost', printedAdminPassword(server.output()));
    const secrets = ['/account/set-password/a-link-token-nobody-may-read', '/login/provider/callback?code=a-provider-code&state=a-provider-state'];
    for (const url of secrets) await new TestClient(server.url).get(url);
    const pages = ['/mapping', '/members', '/progress', '/search?q=trafficking', '/statements', '/governance', '/account', '/admin/audit'];
    const inFlight: Promise<TestResponse | Error>[] = [];
    for (let round = 0; round < 4; round++) {
      for (const page of pages)
        inFlight.push(
          admin
            .sameBrowserOn(server.url)
            .get(page)
            .catch((error: Error) => error),
        );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    const cut = answers.filter((answer) => answer instanceof Error);
    expect(cut).toEqual([]);
    expect(answers.map((answer) => (answer as TestResponse).statusCode).filter((status) => status !== 200)).toEqual([]);
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Received SIGTERM');
    const requestLines = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"msg":"request"'));
    for (const page of pages)
      expect(
        requestLines.filter((line) => line.includes(`"url":"${page}"`)),
        page,
      ).toHaveLength(4);
    expect(server.output()).not.toMatch(/FSTDEP\d+/);
    expect(server.output()).toContain('"url":"/account/set-password/***"');
    for (const secret of ['a-link-token', 'a-provider-code', 'a-provider-state']) expect(server.output()).not.toContain(secret);
    expect(existsSync(join(dataDir, 'icat.lock'))).toBe(false);
  });

  it('after kill -9 during a report generation, starts again and completes the generation once', async () => {
    const dataDir = makeTempDir('icat-kill-');
    const first = await startServer({ ICAT_DATA_DIR: dataDir });
    const password = printedAdminPassword(first.output());
    const admin = new TestClient(first.url);
    await admin.signIn('admin@localhost', password);
    expect((await admin.post('/reports/2022/generate', { formats: ['html', 'pdf', 'docx'] })).statusCode).toBe(303);
    await until('the generation to be under way', async () => {
      const page = await admin.get('/reports/2022/edit');
      const progress = Number(/<progress id="job-progress" max="100" value="(\d+)"/.exec(page.body)?.[1] ?? 0);
      return progress >= 10 && progress < 90 ? true : null;
    });
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startServer({ ICAT_DATA_DIR: dataDir });
    expect(second.output()).toMatch(/1 job\(s\) interrupted by the last stop will run again/);
    const again = new TestClient(second.url);
    await again.signIn('admin@localhost', password);
    await until('the generation to finish', async () => ((await again.get('/reports/2022/edit')).body.includes('The files are ready') ? true : null));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const database = await openEmbeddedDatabase({ dataDir });
    try {
      const jobs = await database.db.selectFrom('report_jobs').select(['status', 'progress']).execute();
      expect(jobs).toEqual([{ status: 'done', progress: 100 }]);
      const generated = await database.db.selectFrom('audit_log').select('id').where('table_name', '=', 'report_files').where('action', '=', 'generate').execute();
      expect(generated).toHaveLength(1);
      const files = await database.db.selectFrom('report_files').select('name').where('name', 'like', 'icat-annual-report-2022.%').orderBy('name').execute();
      expect(files.map((file) => file.name)).toEqual(['icat-annual-report-2022.docx', 'icat-annual-report-2022.html', 'icat-annual-report-2022.pdf']);
    } finally {
      await database.close();
    }
  });
});
