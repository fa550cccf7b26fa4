/** The slice of a logger that services use; fastify's logger and the console one below both fit. */
export interface Logger {
  info(message: string | object, ...rest: unknown[]): void;
  warn(message: string | object, ...rest: unknown[]): void;
  error(message: string | object, ...rest: unknown[]): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(typeof message === 'string' ? message : JSON.stringify(message)),
  warn: (message) => console.warn(typeof message === 'string' ? message : JSON.stringify(message)),
  error: (message) => console.error(typeof message === 'string' ? message : JSON.stringify(message)),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
