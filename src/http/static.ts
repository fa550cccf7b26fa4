/**
 * The files of public/ under /assets/. Pages link them with a version, `/assets/site.css?v=<hash of
 * the file>` (`assetUrl`): such an address always means the same bytes, so browsers and proxies keep
 * it for a year without asking again. The same file without a version (or with an old one) is still
 * served, with a short lifetime, for links made before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectPath } from '../lib/project-dir';

export const publicDir = projectPath('public');

export const immutableCacheControl = 'public, max-age=31536000, immutable';
export const unversionedCacheControl = 'public, max-age=300';

let versions: Map<string, string> | null = null;

/** The version of each file of public/ (a hash of its content), read once. */
function versionOf(name: string): string | undefined {
  versions ??= new Map(
    readdirSync(publicDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        entry.name,
        createHash('sha256')
          .update(readFileSync(join(publicDir, entry.name)))
          .digest('base64url')
          .slice(0, 12),
      ]),
  );
  return versions.get(name);
}

/** The address of a file of public/, with its version. */
export function assetUrl(name: string): string {
  const version = versionOf(name);
  return version ? `/assets/${name}?v=${version}` : `/assets/${name}`;
}

function isCurrentVersion(url: string): boolean {
  const [path = '', query = ''] = url.split('?', 2);
  const asked = new URLSearchParams(query).get('v');
  return asked !== null && versionOf(path.slice('/assets/'.length)) === asked;
}

export async function registerStaticFiles(app: FastifyInstance): Promise<void> {
  await app.register(async (assets) => {
    assets.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode === 200 || reply.statusCode === 304) {
        reply.header('cache-control', isCurrentVersion(request.url) ? immutableCacheControl : unversionedCacheControl);
      }
      return payload;
    });
    await assets.register(fastifyStatic, { root: publicDir, prefix: '/assets/', cacheControl: false, index: false });
  });
}
