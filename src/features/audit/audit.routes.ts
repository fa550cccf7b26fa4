import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import { sendCsvStream, sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { csvChunks } from '../../lib/csv';
import { parseInput } from '../../lib/validation';

import { auditQuery, type AuditQuery } from './audit.schemas';
import * as audit from './audit.service';
import type { AuditFilter } from './audit.service';
import { AuditLogPage, describeChange } from './audit.views';

async function* auditCsvRows(batches: AsyncIterable<audit.AuditRow[]>): AsyncGenerator<unknown[][]> {
  for await (const batch of batches) {
    yield batch.map((entry) => [
      entry.at.toISOString(),
      entry.actor_label,
      entry.action,
      entry.table_name,
      entry.record_id,
      entry.entity_acronym ?? '',
      describeChange(entry),
      JSON.stringify(entry.before),
      JSON.stringify(entry.after),
      entry.ip ?? '',
    ]);
  }
}

export function auditRoutes(deps: Deps): FastifyPluginAsync {
  /** The people-facing filters (an email, an acronym) are matched in the log's own query; an unknown one matches nothing. */
  function toFilter(query: AuditQuery): AuditFilter {
    return { tableName: query.table, from: query.from, to: query.to, actorEmail: query.person, entityKey: query.entity };
  }

  async function parsed(request: FastifyRequest) {
    const query = parseInput(auditQuery, request.query);
    return { query, filter: toFilter(query) };
  }

  return async (app) => {
    app.get('/admin/audit', async (request, reply) => {
      const { query, filter } = await parsed(request);
      const data = await audit.listAudit(deps, request.actor, filter, query.page);
      return sendHtml(reply, AuditLogPage({ ctx: viewContext(request), query, data }));
    });

    app.get('/admin/audit.csv', async (request, reply) => {
      const { filter } = await parsed(request);
      const header = ['at', 'who', 'action', 'table', 'record_id', 'entity', 'change', 'before', 'after', 'ip'];
      return sendCsvStream(reply, `${groupSlug()}-audit-log.csv`, csvChunks(header, auditCsvRows(audit.exportAudit(deps, request.actor, filter))));
    });
  };
}
