import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

export async function registerStaticFiles(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: publicDir, prefix: '/assets/', maxAge: '1h', index: false });
}
