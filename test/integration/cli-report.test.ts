import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icatCommand } from '../support/cli';
import { makeTempDir } from '../support/test-database';

describe('icat report and the data directory', { timeout: 180_000 }, () => {
  it('refuses a data directory that does not exist, an empty database, and says when a year has no term', async () => {
    const dir = makeTempDir('icat-report-cli-');
    const dataDir = join(dir, 'data');
    const env = { ICAT_DATA_DIR: dataDir, ICAT_SEED: 'false', LOG_LEVEL: 'silent' };

    // Run where there is no data: nothing is created, and the message says where it looked.
    const nowhere = await icatCommand(['report', '2022', '--format', 'html', '--out', dir], env);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain(`There is no data directory at ${dataDir}`);
    expect(existsSync(dataDir)).toBe(false);

    // A command that writes creates it, and says where.
    const migrated = await icatCommand(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stderr).toContain(`Created a new, empty data directory at ${dataDir}`);

    const empty = await icatCommand(['report', '2022', '--format', 'html', '--out', dir], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('The database holds no organizations');
    expect(existsSync(join(dir, 'icat-annual-report-2022.html'))).toBe(false);

    expect((await icatCommand(['seed'], env)).code).toBe(0);
    const noTerm = await icatCommand(['report', '2031', '--format', 'html', '--out', dir], env);
    expect(noTerm.code).toBe(0);
    expect(noTerm.stderr).toContain('No chairing term is on record for 2031');
    const html = readFileSync(noTerm.stdout.split('\n').find((line) => line.endsWith('.html')) ?? '', 'utf8');
    expect(html).toContain('No chairing term is on record for 2031, so this report names no co-chairs.');
    expect(html).not.toMatch(/Co-chairs:\s*<\/p>/);
    // The full lists a large group's report summarises are written beside it, whatever the group's size.
    const written = noTerm.stdout.split('\n');
    const members = written.find((line) => line.endsWith('icat-annual-report-2031-members.csv'));
    expect(readFileSync(members ?? '', 'utf8')).toMatch(/^\uFEFF?Acronym,Name,Kind,Joined\r?\n/);
    expect(written.some((line) => line.endsWith('icat-annual-report-2031-decisions.csv'))).toBe(true);
  });
});
