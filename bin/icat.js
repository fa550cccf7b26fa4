#!/usr/bin/env node
// The `icat` command. The platform runs its TypeScript sources directly through tsx, with the
// project's tsconfig.json (its JSX settings) wherever the command is run from.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../src/main.ts');
