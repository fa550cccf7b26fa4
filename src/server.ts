/** Listening and closing: the only place that binds a port. */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';

export async function listen(app: FastifyInstance, config: Config): Promise<string> {
  return app.listen({ port: config.port, host: config.host });
}

/** Closes the app, then whatever else holds resources, once, on SIGINT or SIGTERM. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`Received ${signal}; closing.`);
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
