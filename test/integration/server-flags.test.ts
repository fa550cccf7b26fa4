/** `npm start` runs the server with the V8 settings the benchmarks measure (bin/server-flags.js). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { serverNodeFlags } from '../../bin/server-flags.js';

it('starts the server with the memory settings the benchmarks use', () => {
  const scripts = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).scripts as Record<string, string>;
  expect(scripts.start).toBe(`node ${serverNodeFlags.join(' ')} bin/icat.js serve`);
});
