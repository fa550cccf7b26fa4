/**
 * The bare route: a Fastify process that answers each path with the bytes the platform sent for it
 * (status, content type and encoding, body), fetched once before the load. What the platform adds on
 * top of Fastify shows as the ratio of the two. `node --import tsx bench/pages/bare-server.ts FILE PORT`.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

export interface Snapshot {
  path: string;
  status: number;
  headers: Record<string, string>;
  /** base64 */
  body: string;
}

const [file, port] = process.argv.slice(2);
const snapshots = new Map((JSON.parse(readFileSync(file as string, 'utf8')) as Snapshot[]).map((snapshot) => [snapshot.path, { ...snapshot, bytes: Buffer.from(snapshot.body, 'base64') }]));
const app = Fastify({ logger: false });
app.get('/__ready', (_request, reply) => reply.send('ready'));
app.get('/*', (request, reply) => {
  const snapshot = snapshots.get(request.url);
  if (!snapshot) return reply.code(404).send();
  return reply.code(snapshot.status).headers(snapshot.headers).send(snapshot.bytes);
});
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
