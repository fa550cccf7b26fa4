/**
 * The `icat` command runs from its JavaScript build (bin/build.js). On a copy of the platform, as on a
 * fresh clone: the first start builds it and serves the demo from it; a source changed afterwards is
 * built again before the next command runs; commands started at the same moment share one build.
 */
import { cpSync, existsSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icatCommand } from '../support/cli';
import { TestClient } from '../support/http-client';
import { startServer } from '../support/server-process';
import { makeTempDir } from '../support/test-database';

const projectDir = join(import.meta.dirname, '../..');
const usageSource = 'src/messages/commands/en.ts';

/** What a clone holds that the command reads, with the project's installed dependencies. */
function copyOfThePlatform(): string {
  const copy = makeTempDir('icat-copy-');
  for (const part of ['bin', 'src', 'public', 'seed', 'package.json', 'tsconfig.json']) cpSync(join(projectDir, part), join(copy, part), { recursive: true });
  symlinkSync(realpathSync(join(projectDir, 'node_modules')), join(copy, 'node_modules'));
  return copy;
}

function buildsOf(copy: string): string[] {
  return existsSync(join(copy, 'build')) ? readdirSync(join(copy, 'build')).sort() : [];
}

function editUsage(copy: string, addition: string): void {
  const path = join(copy, usageSource);
  writeFileSync(path, readFileSync(path, 'utf8').replace('Usage: icat <command>', `Usage: icat <command> ${addition}`));
}

describe('the icat command built to JavaScript', { timeout: 400_000 }, () => {
  let copy: string;
  const icat = () => join(copy, 'bin/icat.js');
  beforeAll(() => {
    copy = copyOfThePlatform();
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('builds itself on the first start of a fresh copy and serves the demo, its pages and its files, from that build', async () => {
    expect(buildsOf(copy)).toEqual([]);
    const dataDir = makeTempDir('icat-built-');
    const server = await startServer({ ICAT_DATA_DIR: dataDir }, 300_000, icat());
    try {
      expect(buildsOf(copy)).toHaveLength(1);
      expect(existsSync(join(copy, 'build', buildsOf(copy)[0]!, 'main.js'))).toBe(true);
      const visitor = new TestClient(server.url);
      const home = await visitor.get('/');
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('Inter-Agency Coordination Group against Trafficking in Persons');
      const members = await visitor.get('/members');
      expect(members.statusCode).toBe(200);
      expect(members.body).toContain('UNODC');
      expect((await visitor.get('/assets/site.css')).statusCode).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('builds again when a source has changed since, and runs the change', async () => {
    const before = buildsOf(copy);
    editUsage(copy, '(edited)');
    const help = await icatCommand(['--help'], { LOG_LEVEL: 'silent' }, '', icat());
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage: icat <command> (edited)');
    const after = buildsOf(copy);
    expect(after).toHaveLength(before.length + 1);
    // The older build stays for a server that may still run from it.
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('makes one build for commands that start at the same moment, each of them running it', async () => {
    const before = buildsOf(copy);
    editUsage(copy, '(edited again)');
    const runs = await Promise.all([1, 2, 3].map(() => icatCommand(['--help'], { LOG_LEVEL: 'silent' }, '', icat())));
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Usage: icat <command> (edited again)');
    }
    const after = buildsOf(copy);
    expect(after.filter((name) => !before.includes(name))).toHaveLength(1);
    expect(after.filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });
});
