import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { isAppError } from '../../lib/errors';
import { commandLineActor } from '../../policy/actor';
import { parsePlanYaml } from './plan.format';
import * as plans from './plan.service';

const samplePlan = readFileSync(new URL('../../../seed/demo/plan-2022.yaml', import.meta.url), 'utf8');

const broken = `key: Test Plan
title: A test plan
period: { start: 2024, end: 2023 }
colour: blue
objectives:
  - code: 1
    title: First objective
    lead: [UNODC]
    outputs:
      - code: "2.1"
        title: Output under the wrong objective
        activities:
          - code: "2.1.1"
            lead: NOBODY
            indicators:
              - name: Share reached
                unit: "%"
                type: percentage
                targets: { 2024: 120 }
              - name: Done
                unit: yes/no
                type: maybe
  - code: 1
    title: Same code again
`;

describe('the plan format', () => {
  it('reads the sample plan: 7 objectives, codes as written, typed indicators and targets', () => {
    const parsed = parsePlanYaml(samplePlan);
    expect(parsed.issues).toEqual([]);
    const plan = parsed.plan;
    expect(plan?.key).toBe('icat-plan-sample');
    expect(plan?.sample).toBe(true);
    expect(plan?.items.filter((item) => item.level === 'objective').map((item) => item.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const agreed = plan?.items.find((item) => item.code === '1.1.2')?.indicators[0];
    expect(agreed).toMatchObject({ type: 'yes_no', targets: [{ year: 2022, value: 1 }] });
    expect(plan?.items.find((item) => item.code === '1.1.1')?.lead.map((ref) => ref.acronym)).toEqual(['ICMPD']);
  });

  it('checks the whole file and gives every problem with its line and column', () => {
    const { plan, issues } = parsePlanYaml(broken);
    expect(plan).toBeNull();
    const lines = issues.map((issue) => `${issue.line}: ${issue.message}`);
    expect(lines).toEqual([
      '1: key: must be lower-case letters, digits and hyphens (a stable name for the plan)',
      '3: period.end: must not be before the start year',
      '4: colour: is not a known field',
      '10: objectives[0].outputs[0].code: "2.1" must start with the code of its objective, 1',
      '13: objectives[0].outputs[0].activities[0].title: is required',
      '19: objectives[0].outputs[0].activities[0].indicators[0].targets.2024: must be a percentage from 0 to 100',
      '22: objectives[0].outputs[0].activities[0].indicators[1].type: must be number, percentage or yes-no',
      '23: objectives[1].code: "1" is used twice (first on line 6)',
    ]);
    expect(issues.every((issue) => issue.column > 0)).toBe(true);
  });

  it('reports YAML syntax errors with their position', () => {
    const { issues } = parsePlanYaml('key: test\ntitle: [unclosed\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`importing and editing the plan [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const cli = commandLineActor('plan test');

    it('refuses a file with problems, listing each with its line, and writes nothing', async () => {
      const before = await ctx().database.db.selectFrom('plans').select('id').execute();
      const error = await plans.importPlan(ctx().deps, cli, { source: broken, sourceName: 'broken.yaml' }).catch((caught: unknown) => caught);
      expect(isAppError(error, 'IMPORT_INVALID')).toBe(true);
      const message = (error as Error).message;
      expect(message).toContain('broken.yaml:1:6: key:');
      expect(message).toContain('broken.yaml:14:19: objectives[0].outputs[0].activities[0].lead: "NOBODY" is not a known organization');
      expect(message).toContain('broken.yaml:23:');
      expect(await ctx().database.db.selectFrom('plans').select('id').execute()).toEqual(before);
    });

    it('imports a new version: items matched by code, dropped ones retired, and the versions kept', async () => {
      const edited = samplePlan
        .replace('title: Pilot a regional initiative in West Africa', 'title: Pilot a regional initiative in West and Central Africa')
        .replace(/ {10}- code: "7\.1\.2"[\s\S]*$/, '');
      const noOp = await plans.importPlan(ctx().deps, cli, { source: samplePlan, sourceName: 'plan-2022.yaml' });
      expect(noOp).toMatchObject({ changed: false, created: false });
      const result = await plans.importPlan(ctx().deps, cli, { source: edited, sourceName: 'edited.yaml', note: 'West and Central Africa' });
      expect(result).toMatchObject({ changed: true, created: false, plan: { version: 2 } });
      const plan = await plans.getPlan(ctx().deps, 'icat-plan-sample');
      expect(plan.items.find((item) => item.code === '5.1.2')?.title).toBe('Pilot a regional initiative in West and Central Africa');
      expect(plan.items.find((item) => item.code === '7.1.2')?.retired).toBe(true);
      expect(plan.items.find((item) => item.code === '7.1.1')?.retired).toBe(false);
      // The accepted sample update on the dropped activity is still there.
      const update = await ctx()
        .database.db.selectFrom('progress_updates')
        .select('id')
        .where('plan_item_id', '=', plan.items.find((item) => item.code === '7.1.2')?.id ?? 0)
        .execute();
      expect(update).toHaveLength(1);
      const versions = await plans.listPlanVersions(ctx().deps, plan.id);
      expect(versions.map((version) => [version.number, version.note])).toEqual([
        [2, 'West and Central Africa'],
        [1, 'Loaded from seed/demo/plan-2022.yaml'],
      ]);
      const audit = await ctx().database.db.selectFrom('audit_log').select('action').where('table_name', '=', 'plans').orderBy('id').execute();
      expect(audit.map((entry) => entry.action)).toEqual(['import', 'import_version']);
    });

    it('lets the secretariat edit the plan in the app; a stale save or a bad line is refused with its line', async () => {
      const account = await createTestAccount(ctx().deps, { roles: ['admin'], entity: 'UNODC' });
      const admin = new TestClient(ctx().app);
      await admin.signIn(account.email, account.password);
      const editor = await admin.get('/plan/edit?plan=icat-plan-sample');
      expect(editor.statusCode).toBe(200);
      expect(editor.body).toContain('key: icat-plan-sample');
      const { plan, source } = await plans.planSource(ctx().deps, cli, 'icat-plan-sample');
      const bad = await admin.post('/plan/edit?plan=icat-plan-sample', { source: source.replace('type: yes-no', 'type: perhaps'), version: String(plan.version) });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toMatch(/\d+:\d+<\/a> objectives\[0\]\.outputs\[0\]\.activities\[1\]\.indicators\[0\]\.type: must be number, percentage or yes-no/);
      expect(bad.body).toContain('type: perhaps'); // what was typed stays in the editor
      const renamed = await admin.post('/plan/edit?plan=icat-plan-sample', { source: source.replace('key: icat-plan-sample', 'key: another-plan'), version: String(plan.version) });
      expect(renamed.statusCode).toBe(400);
      expect(renamed.body).toContain('must stay');
      const saved = await admin.post('/plan/edit?plan=icat-plan-sample', { source: source.replace('2023: 10', '2023: 12'), version: String(plan.version), note: 'More mechanisms' });
      expect(saved.statusCode).toBe(303);
      const stale = await admin.post('/plan/edit?plan=icat-plan-sample', { source: source.replace('2023: 10', '2023: 11'), version: String(plan.version) });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain(`name="version" value="${plan.version + 1}"`);
      const page = await admin.get('/plan?plan=icat-plan-sample&notice=saved');
      expect(page.body).toContain(`saved as version ${plan.version + 1}`);
      expect(page.body).toContain('More mechanisms');
    });

    it('shows the plan to everyone, as a page and as JSON, and says it is sample data', async () => {
      const page = await ctx().app.inject('/plan');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('ICAT Plan of Action (sample structure)');
      expect(page.body).toContain('the structure of the real Plan of Action is not public');
      expect(page.body.match(/Sample data for demonstration/g)).toHaveLength(1); // one banner, not two
      expect(page.body).toContain('id="item-1.1.1"');
      const api = await ctx().app.inject('/api/v1/plan?year=2022');
      expect(api.statusCode).toBe(200);
      const body = api.json();
      expect(body).toMatchObject({ key: 'icat-plan-sample', isSample: true, periodStart: 2022 });
      expect(body.items.find((item: { code: string }) => item.code === '1.1.1').lead[0].acronym).toBe('ICMPD');
      expect((await ctx().app.inject('/api/v1/plan?plan=nothing')).statusCode).toBe(404);
      expect((await ctx().app.inject('/plan/edit')).statusCode).toBe(303); // sign in first
    });
  });
}
