#!/usr/bin/env node
// The `icat` command. The platform runs its TypeScript sources directly through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
