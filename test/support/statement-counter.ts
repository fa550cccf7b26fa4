/**
 * Counts the SQL statements the app sends: a Kysely plugin on the database the app is built with, so
 * every query of every service (raw `sql` too, and inside transactions) passes through it. A statement
 * counts when it runs (its result comes back), so a query built only to be embedded in another is not
 * counted twice. A test reads the statements one request ran, as SQL text, to hold a page to its
 * budget and to show what it ran.
 */
import {
  PostgresQueryCompiler,
  type Kysely,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

export interface StatementCounter<DB> {
  /** The same database, counting what goes through it. */
  db: Kysely<DB>;
  /** Runs `work` and returns the SQL of every statement run while it ran. */
  during(work: () => Promise<unknown>): Promise<string[]>;
  /** How many statements have run so far. */
  count(): number;
}

class RecordingPlugin implements KyselyPlugin {
  readonly statements: string[] = [];
  private readonly compiler = new PostgresQueryCompiler();
  private readonly compiled = new WeakMap<QueryId, string>();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.compiled.set(queryId, this.compiler.compileQuery(node, queryId).sql);
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.statements.push(this.compiled.get(queryId) ?? '(a statement)');
    return result;
  }
}

export function countStatements<DB>(db: Kysely<DB>): StatementCounter<DB> {
  const plugin = new RecordingPlugin();
  return {
    db: db.withPlugin(plugin),
    async during(work) {
      const from = plugin.statements.length;
      await work();
      return plugin.statements.slice(from);
    },
    count: () => plugin.statements.length,
  };
}
