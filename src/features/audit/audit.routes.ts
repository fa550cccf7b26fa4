import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { groupSlug } from '../../lib/group';
import type { Deps } from '../../deps';
import { sendCsvStream, sendHtml } from '../../http/reply';
import { viewContext } from '../../http/view-context';
import { csvChunks } from '../../lib/csv';
import { parseInput } from '../../lib/validation';
import * as accounts from '../accounts/accounts.service';
import * as members from '../members/members.service';

import { auditQuery, type AuditQuery } from './audit.schemas';
import * as audit from './audit.service';
import type { AuditFilter } from './audit.service';
import { AuditLogPage, describeChange } from './audit.views';

async function* auditCsvRows(batches: AsyncIterable<audit.AuditRow[]>): AsyncGenerator<unknown[][]> {
  for await (const batch of batches) {
    yield batch.map((entry) => [entry.at.toISOString(), entry.actor_label, entry.action, entry.table_name, entry.record_id, entry.entity_acronym ?? '', describeChange(entry), JSON.stringify(entry.before), JSON.stringify(entry.after), entry.ip ?? '']);
  }
}

export function auditRoutes(deps: Deps): FastifyPluginAsync {
  /** Turns the people-facing filters (an email, an acronym) into ids; an unknown one matches nothing. */
  async function toFilter(query: AuditQuery): Promise<AuditFilter> {
    const filter: AuditFilter = { tableName: query.table, from: query.from, to: query.to };
    if (query.person) filter.accountId = (await accounts.findAccountId(deps, query.person)) ?? -1;
    if (query.entity) filter.entityId = (await members.entityIdsByAcronym(deps, [query.entity])).get(query.entity) ?? -1;
    return filter;
  }

  async function parsed(request: FastifyRequest) {
    const query = parseInput(auditQuery, request.query);
    return { query, filter: await toFilter(query) };
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
