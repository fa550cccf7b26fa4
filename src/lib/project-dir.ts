/**
 * The platform's own directory (package.json, public/, seed/, bench/), found from this file: it runs
 * from src/lib/ in development and under the tests, from build/<fingerprint>/lib/ once built, so a
 * path counted in `../` from import.meta.url would be right in only one of them.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

export const projectDir = findProjectDir(dirname(fileURLToPath(import.meta.url)));

/** A directory of the platform's, with its trailing separator: `projectPath('seed')` is …/seed/. */
export function projectPath(...segments: string[]): string {
  return join(projectDir, ...segments, '/');
}
