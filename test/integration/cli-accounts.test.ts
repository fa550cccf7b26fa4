import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { icatBin, icatCommand } from '../support/cli';
import { makeTempDir } from '../support/test-database';

describe('accounts from the command line', { timeout: 120_000 }, () => {
  it('adds users with a password from stdin or a set-password link, and prints reset links', async () => {
    const dataDir = makeTempDir('icat-users-');
    const env = { ICAT_DATA_DIR: dataDir, ICAT_SEED: 'false' };
    await icatCommand(['seed'], env);
    const withPassword = await icatCommand(
      ['user', 'add', '--email', 'fp@unodc.example.org', '--name', 'A Focal Point', '--entity', 'UNODC', '--role', 'focal_point', '--password-stdin'],
      env,
      'a password from stdin\n',
    );
    expect(withPassword.stderr).toBe('');
    expect(withPassword.stdout).toContain('Created fp@unodc.example.org (focal_point, UNODC)');
    expect(withPassword.stdout).not.toContain('set-password');
    const withLink = await icatCommand(['user', 'add', '--email', 'm@ilo.example.org', '--name', 'A Member', '--entity', 'ILO', '--role', 'member'], env);
    expect(withLink.stdout).toMatch(/Set-password link \(works once, for 7 days\): http:\/\/localhost:3000\/account\/set-password\/[\w-]{43}/);
    const duplicate = await icatCommand(['user', 'add', '--email', 'FP@unodc.example.org', '--name', 'Again', '--role', 'member'], env);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('already exists');
    const badRole = await icatCommand(['user', 'add', '--email', 'x@y.org', '--name', 'X', '--role', 'emperor'], env);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('role');
    const reset = await icatCommand(['user', 'reset-password', '--email', 'fp@unodc.example.org'], env);
    expect(reset.stdout).toMatch(/Password reset link for fp@unodc\.example\.org \(works once, for 2 hours\): http:\/\/localhost:3000\/account\/set-password\//);
    const unknown = await icatCommand(['user', 'reset-password', '--email', 'nobody@example.org'], env);
    expect(unknown.code).toBe(1);
  });

  it('creates an administrator with a generated password on the first start, once', async () => {
    const dataDir = makeTempDir('icat-first-');
    const env = { ICAT_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', ICAT_SEED: 'false' };
    const start = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [icatBin, 'serve'], { env: { ...process.env, ...env, CI: '' } });
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          if (/ platform on http/.test(output)) child.kill('SIGTERM');
        });
        child.on('exit', () => resolve(output));
      });
    const first = await start();
    expect(first).toMatch(/Created the administrator admin@localhost with the password [\w-]{20,}/);
    const second = await start();
    expect(second).not.toContain('Created the administrator');
  });
});
