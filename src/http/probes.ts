/**
 * Probes for supervisors and load balancers. /healthz says the process answers, and touches nothing
 * else, so it stays cheap however busy the database is. /readyz says this instance should get
 * traffic: the database answers, its migrations are current, and the instance is not shutting down.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';
import { latestMigrationName, migrationLevel } from '../db/migrate';

export function registerProbes(app: FastifyInstance, database: Database): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    const base = { database: database.kind, access: database.access };
    if (closing) return reply.status(503).header('retry-after', '5').send({ status: 'closing', ...base });
    try {
      const migration = await migrationLevel(database.db);
      const migrationsCurrent = migration === latestMigrationName();
      return reply.status(migrationsCurrent ? 200 : 503).send({ status: migrationsCurrent ? 'ready' : 'migrations pending', ...base, migration, migrationsCurrent });
    } catch (error) {
      request.log.warn({ err: error }, 'readiness: the database does not answer');
      return reply.status(503).header('retry-after', '5').send({ status: 'database unreachable', ...base });
    }
  });
}
