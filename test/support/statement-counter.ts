/**
 * Counts the SQL statements the app sends: a Kysely plugin on the database the app is built with, so
 * every query of every service (raw `sql` too, and inside transactions) passes through it. A test reads
 * the statements one request ran, as SQL text, to hold a page to its budget and to show what it ran.
 */
import { PostgresQueryCompiler, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';

export interface StatementCounter<DB> {
  /** The same database, counting what goes through it. */
  db: Kysely<DB>;
  /** Runs `work` and returns the SQL of every statement sent while it ran. */
  during(work: () => Promise<unknown>): Promise<string[]>;
}

class RecordingPlugin implements KyselyPlugin {
  readonly statements: string[] = [];
  private readonly compiler = new PostgresQueryCompiler();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    this.statements.push(this.compiler.compileQuery(node, queryId).sql);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
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
  };
}
