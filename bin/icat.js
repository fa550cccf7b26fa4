#!/usr/bin/env node
// The `icat` command. It runs the platform built to JavaScript (bin/build.js makes the build first
// when there is none of the current sources), so a start compiles nothing. `icat bench`, whose
// benchmarks are TypeScript outside src/, and ICAT_FROM_SOURCES=1 (development) run the TypeScript
// sources directly through tsx, with the project's tsconfig.json (its JSX settings).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const fromSources = process.argv[2] === 'bench' || process.env.ICAT_FROM_SOURCES === '1';

if (fromSources) {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import('../src/main.ts');
} else {
  const { ensureBuild } = await import('./build.js');
  await import(pathToFileURL(join(await ensureBuild(), 'main.js')).href);
}
