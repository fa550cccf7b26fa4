/** Listening and closing: the only place that binds a port. */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';

export async function listen(app: FastifyInstance, config: Config): Promise<string> {
  return app.listen({ port: config.port, host: config.host });
}

/** How long a stop may take (requests in flight, running jobs) before the process exits anyway. */
export const shutdownBoundMs = 30_000;

/**
 * On SIGINT or SIGTERM, once: stop taking requests, let those in flight finish, finish or hand back
 * the running jobs, close the database. If that takes longer than the bound, exit anyway.
 */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}; finishing the requests and jobs in progress, then closing.`);
    setTimeout(() => {
      console.error(`Still closing after ${shutdownBoundMs / 1000} s; exiting now.`);
      process.exit(1);
    }, shutdownBoundMs).unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
