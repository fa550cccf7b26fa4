import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { icatBin, icatCommand } from '../support/cli';
import { makeTempDir } from '../support/test-database';

/** Starts `icat serve`, fetches `path` once it listens, and stops it. */
function serveAndFetch(env: Record<string, string>, port: number, path: string): Promise<{ output: string; body: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [icatBin, 'serve'], { env: { ...process.env, ...env, PORT: String(port), CI: '' } });
    let output = '';
    let body = '';
    let asked = false;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (!asked && / on http:\/\//.test(output)) {
        asked = true;
        fetch(`http://127.0.0.1:${port}${path}`)
          .then(async (response) => (body = await response.text()))
          .catch(reject)
          .finally(() => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => resolve({ output, body }));
  });
}

describe('icat init: an empty install for another group', { timeout: 180_000 }, () => {
  it('is listed by icat --help, with its options', async () => {
    const help = await icatCommand(['--help'], { ICAT_DATA_DIR: makeTempDir('icat-help-'), LOG_LEVEL: 'silent' });
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('init --name NAME --short-name ABC [--description TEXT] [--contact EMAIL]');
    expect(help.stdout).toContain('prepare an empty database for a new group');
  });

  it('prepares an empty database once, says what to do next, refuses again, and the server then loads no demo data', async () => {
    const dataDir = makeTempDir('icat-init-');
    const env = { ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    const usage = await icatCommand(['init', '--name', 'Southern Anti-Trafficking Network'], env);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('--short-name');

    const init = await icatCommand(['init', '--name', 'Southern Anti-Trafficking Network', '--short-name', 'SATN', '--contact', 'office@satn.example.org'], env);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('The platform is prepared for Southern Anti-Trafficking Network (SATN). The demo data will not be loaded.');
    expect(init.stdout).toContain('icat user add --email EMAIL --name NAME --role admin');
    expect(init.stdout).toContain('icat import-group FILE');

    const again = await icatCommand(['init', '--name', 'Another', '--short-name', 'ANO'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('icat init prepares an empty database only, and this one already holds data: group settings. Nothing was changed.');

    // ICAT_SEED is left at its default (true): the demo data would load on an empty database, but not on this one.
    const port = 41_000 + Math.floor(Math.random() * 2000);
    const served = await serveAndFetch(env, port, '/members');
    expect(served.output).not.toContain('reference and demo data');
    expect(served.body).toMatch(/<title>[^<]* · SATN<\/title>/);
    expect(served.body).toContain('Southern Anti-Trafficking Network');
    expect(served.body).not.toContain('UNODC');
  });

  it('refuses a database that already holds the demo data, naming what it holds, and changes nothing', async () => {
    const dataDir = makeTempDir('icat-init-seeded-');
    const env = { ICAT_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    expect((await icatCommand(['seed'], env)).code).toBe(0);
    const refused = await icatCommand(['init', '--name', 'Another', '--short-name', 'ANO'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds data: group settings, the demo data, \d+ member organizations/);
  });
});
