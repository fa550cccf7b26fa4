import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icatCommand } from '../support/cli';
import { makeTempDir } from '../support/test-database';

const plan = `key: cli-test-plan
title: A plan from the command line
period: { start: 2030, end: 2031 }
objectives:
  - code: "1"
    title: One objective
    indicators:
      - name: Things done
        unit: things
        type: number
        targets: { 2030: 3 }
`;

describe('the plan and reminders from the command line', { timeout: 120_000 }, () => {
  it('imports a plan, refuses a broken one with every problem and its line, and says when no reminder is due', async () => {
    const dir = makeTempDir('icat-plan-cli-');
    const env = { ICAT_DATA_DIR: join(dir, 'data'), ICAT_SEED: 'false', LOG_LEVEL: 'silent' };
    writeFileSync(join(dir, 'broken.yaml'), plan.replace('type: number', 'type: count').replace('code: "1"', 'code: "1.1"'));
    const broken = await icatCommand(['import-plan', join(dir, 'broken.yaml')], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('the plan was not imported; 2 problem(s) to fix:');
    expect(broken.stderr).toMatch(/broken\.yaml:5:11: objectives\[0\]\.code: "1\.1" is not the code of an objective/);
    expect(broken.stderr).toMatch(/broken\.yaml:10:15: objectives\[0\]\.indicators\[0\]\.type: must be number, percentage or yes-no/);

    writeFileSync(join(dir, 'plan.yaml'), plan);
    const created = await icatCommand(['import-plan', join(dir, 'plan.yaml'), '--note', 'first'], env);
    expect(created.stdout).toContain('created the plan "A plan from the command line" (cli-test-plan), now version 1');
    const again = await icatCommand(['import-plan', join(dir, 'plan.yaml')], env);
    expect(again.stdout).toContain('nothing changed');

    const reminders = await icatCommand(['send-reminders'], env);
    expect(reminders.code).toBe(0);
    expect(reminders.stdout).toContain('no reminder to send');
  }, 120_000);
});
