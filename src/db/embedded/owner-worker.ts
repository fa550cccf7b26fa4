/**
 * The embedded database's thread: it opens PGlite and serves it on the data directory's socket. A
 * statement runs here, so however long it takes, the owner's main thread keeps answering requests
 * (and /healthz) and can shut down on time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { SessionServer } from './session-server';

export interface OwnerWorkerData {
  /** A directory for PGlite's files, or 'memory://'. */
  pgdata: string;
  socketPath: string;
  waitTimeoutMs: number;
  idleInTransactionMs: number;
  maxConnections: number;
  /** A tarball of a data directory (PGlite's dumpDataDir) to start an in-memory database from. */
  startFrom?: string | undefined;
}

export type OwnerWorkerMessage = { type: 'ready' } | { type: 'failed'; message: string } | { type: 'problem'; message: string } | { type: 'saved'; error?: string } | { type: 'closed' };

if (!parentPort) throw new Error('owner-worker runs only as a worker thread.');
const port = parentPort;
const post = (message: OwnerWorkerMessage) => port.postMessage(message);

/**
 * PostgreSQL's memory settings inside PGlite's WebAssembly heap, which grows to what was ever used and
 * never shrinks. PGlite's defaults are a server's (128 MB of shared buffers); files are read through
 * the operating system's cache anyway, so a smaller buffer pool costs little and caps the heap.
 */
export const embeddedMemorySettings = ['shared_buffers=32MB', 'maintenance_work_mem=16MB', 'work_mem=4MB', 'temp_buffers=8MB'];

/**
 * A first start runs initdb in a WebAssembly module of its own (several hundred MB) that is garbage
 * once it is done; this thread allocates too little JavaScript for a collection to come soon, so one
 * is asked for. V8 offers gc() only behind a flag, set here for this moment. A start on an existing
 * database (or from a saved copy) runs no initdb, and is spared the collection's half second.
 */
function runsInitdb(options: OwnerWorkerData): boolean {
  if (options.startFrom) return false;
  return options.pgdata.startsWith('memory://') || !existsSync(join(options.pgdata, 'PG_VERSION'));
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function start(options: OwnerWorkerData): Promise<void> {
  const startFrom = options.startFrom ? { loadDataDir: new Blob([readFileSync(options.startFrom)]) } : {};
  const startParams = [...PGlite.defaultStartParams, ...embeddedMemorySettings.flatMap((setting) => ['-c', setting])];
  const initdb = runsInitdb(options);
  const pglite = await PGlite.create(options.pgdata, { ...startFrom, startParams });
  if (initdb) collectGarbage();
  const server = new SessionServer({ ...options, pglite, onProblem: (message) => post({ type: 'problem', message }) });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw error;
  }
  port.on('message', (message: { type: string; path?: string }) => {
    if (message.type === 'save' && message.path) {
      const path = message.path;
      void pglite
        .dumpDataDir('none')
        .then(async (dump) => writeFileSync(path, new Uint8Array(await dump.arrayBuffer())))
        .then(
          () => post({ type: 'saved' }),
          (error: unknown) => post({ type: 'saved', error: (error as Error).message }),
        );
      return;
    }
    if (message.type !== 'close') return;
    void (async () => {
      await server.stop();
      await pglite.close();
      post({ type: 'closed' });
      port.close();
    })();
  });
  post({ type: 'ready' });
}

start(workerData as OwnerWorkerData).catch((error: unknown) => post({ type: 'failed', message: (error as Error).message }));
