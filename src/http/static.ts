import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { projectPath } from '../lib/project-dir';

export const publicDir = projectPath('public');

export async function registerStaticFiles(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, { root: publicDir, prefix: '/assets/', maxAge: '1h', index: false });
}
