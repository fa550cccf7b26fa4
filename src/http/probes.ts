/**
 * Probes for supervisors and load balancers, and a graceful stop.
 *
 * /healthz says the process answers, and touches nothing else, so it stays cheap however busy the
 * database is. /readyz says this instance should get traffic: the database answers, its migrations
 * are current, and the instance is not stopping.
 *
 * app.drain() begins a stop: /readyz turns 503 so the load balancer sends no more, every answer
 * says `Connection: close`, and it resolves once no request has been in flight for a moment (or
 * after a bound). Only then does the server close, so a request that reached it before the stop,
 * even one it had not begun to read, is answered rather than cut.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { latestMigrationName, migrationLevel } from '../db/migrate';

declare module 'fastify' {
  interface FastifyInstance {
    drain(options?: { quietMs?: number; boundMs?: number }): Promise<void>;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function registerProbes(app: FastifyInstance, database: Database): void {
  let draining = false;
  const inFlight = new Set<object>();
  app.addHook('onRequest', async (request, reply) => {
    inFlight.add(request);
    if (draining) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request) => {
    inFlight.delete(request);
  });
  app.addHook('onRequestAbort', async (request) => {
    inFlight.delete(request);
  });
  app.addHook('preClose', async () => {
    draining = true;
  });
  app.decorate('drain', async ({ quietMs = 1000, boundMs = 10_000 } = {}) => {
    draining = true;
    const deadline = Date.now() + boundMs;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= quietMs) return;
      await sleep(50);
    }
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    const base = { database: database.kind, access: database.access };
    if (draining)
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ status: 'closing', ...base });
    try {
      const migration = await migrationLevel(database.db);
      const migrationsCurrent = migration === latestMigrationName();
      return reply.status(migrationsCurrent ? 200 : 503).send({ status: migrationsCurrent ? 'ready' : 'migrations pending', ...base, migration, migrationsCurrent });
    } catch (error) {
      request.log.warn({ err: error }, 'readiness: the database does not answer');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send({ status: 'database unreachable', ...base });
    }
  });
}
