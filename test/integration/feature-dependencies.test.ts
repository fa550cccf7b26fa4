/**
 * Features depend one way. feature-dependencies.cjs declares who may use whom; this test holds the
 * declaration to having no cycle and to naming every feature folder, and the code to the declaration:
 * it reads every import under src/ (dependency-cruiser, type-only imports included), collapses them
 * to the feature folders they join, and fails on a use that is not declared and on any cycle between
 * features.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const { featureUses, featureOrder } = require(join(root, 'feature-dependencies.cjs')) as {
  featureUses: Record<string, string[]>;
  featureOrder: (uses: Record<string, string[]>) => string[];
};

interface CruiseResult {
  modules: { source: string; dependencies: { resolved: string }[] }[];
}

function featureOf(path: string): string | undefined {
  return /^src\/features\/([^/]+)\//.exec(path)?.[1];
}

/** Feature -> the features it imports, with one importing file of each, for the message. */
function featureGraph(result: CruiseResult): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const module of result.modules) {
    const from = featureOf(module.source);
    if (!from) continue;
    for (const dependency of module.dependencies) {
      const to = featureOf(dependency.resolved);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const uses = graph.get(from)!;
      if (!uses.has(to)) uses.set(to, `${module.source} -> ${dependency.resolved}`);
    }
  }
  return graph;
}

/** The groups of features that reach each other (Tarjan's strongly connected components), larger than one. */
function cycles(graph: Map<string, Iterable<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('dependencies between features', () => {
  let graph: Map<string, Map<string, string>>;

  beforeAll(async () => {
    const cli = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    graph = featureGraph(JSON.parse(stdout) as CruiseResult);
  }, 120_000);

  it('declares every feature folder, and only those', () => {
    const folders = readdirSync(join(root, 'src', 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(Object.keys(featureUses).sort()).toEqual(folders);
  });

  it('declares no cycle, and says which one when there is one', () => {
    expect(featureOrder(featureUses)).toHaveLength(Object.keys(featureUses).length);
    expect(() => featureOrder({ ...featureUses, members: [...featureUses.members!, 'progress'] })).toThrow(/cycle: .*members -> .*progress/);
  });

  it('finds in the code only the uses the declaration allows', () => {
    const undeclared: string[] = [];
    for (const [from, uses] of graph) {
      for (const [to, example] of uses) {
        if (!featureUses[from]?.includes(to)) undeclared.push(`${from} uses ${to} (${example})`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('finds no cycle between features in the code', () => {
    expect(cycles(new Map([...graph].map(([from, uses]) => [from, [...uses.keys()]])))).toEqual([]);
  });

  it('would see a cycle in the code', () => {
    const withCycle = new Map<string, string[]>([
      ['members', ['audit']],
      ['audit', ['accounts']],
      ['accounts', ['members']],
    ]);
    expect(cycles(withCycle)).toEqual([['accounts', 'audit', 'members']]);
  });
});
