/**
 * All-or-nothing work that spans several services. Each service opens its own transaction with
 * `deps.db.transaction()`, and Kysely cannot open a transaction inside a transaction. `allOrNothing`
 * opens one transaction and hands the work a `db` that *shares* it: every query runs on that
 * transaction's connection, and a service's own `transaction()` becomes a savepoint inside it (so a
 * service that catches its own failure behaves as it does alone), released when the service's work
 * ends and rolled back to when it throws. Services need no change to take part.
 *
 * On the embedded database this matters twice: a second connection opened while the transaction
 * holds the single session would wait for it (and be answered "busy"), so nothing inside may reach
 * past the shared `db`. `deps.jobs.send(..., { within: db })` stays inside too.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Deps } from '../deps';
import type { DB } from './schema';

let savepoints = 0;

/** A transaction that a service may "open a transaction" on again: that nested one is a savepoint. */
export function shareTransaction(trx: Transaction<DB>): Transaction<DB> {
  const shared: Transaction<DB> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => nestedTransaction(target, shared);
      if (property === 'connection') return () => ({ execute: <T>(work: (db: Kysely<DB>) => Promise<T>) => work(shared) });
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return shared;
}

interface NestedBuilder {
  setIsolationLevel(): NestedBuilder;
  setAccessMode(): NestedBuilder;
  execute<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
}

function nestedTransaction(trx: Transaction<DB>, shared: Transaction<DB>): NestedBuilder {
  const builder: NestedBuilder = {
    // The outer transaction already chose these; a savepoint cannot change them.
    setIsolationLevel: () => builder,
    setAccessMode: () => builder,
    async execute(work) {
      const name = sql.id(`nested_${++savepoints}`);
      await sql`savepoint ${name}`.execute(trx);
      try {
        const result = await work(shared);
        await sql`release savepoint ${name}`.execute(trx);
        return result;
      } catch (error) {
        await sql`rollback to savepoint ${name}`.execute(trx);
        throw error;
      }
    },
  };
  return builder;
}

/**
 * Runs `work` with deps whose database is one transaction: when it throws, nothing it wrote stays.
 * Already inside one (deps.db is a transaction), it runs in that one.
 */
export async function allOrNothing<T>(deps: Deps, work: (deps: Deps) => Promise<T>): Promise<T> {
  if (deps.db.isTransaction) return work(deps);
  return deps.db.transaction().execute((trx) => work({ ...deps, db: shareTransaction(trx) }));
}
