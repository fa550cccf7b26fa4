/**
 * Importing a period's updates from a spreadsheet (the secretariat's page and its template), and the
 * JSON API that files and edits updates with a personal token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../deps';
import { formErrors } from '../../http/forms';
import { sendCsv, sendDownload, sendHtml } from '../../http/reply';
import { readMultipartForm, uploadFormStatus } from '../../http/uploads';
import { viewContext } from '../../http/view-context';
import { toCsv } from '../../lib/csv';
import { AppError, isAppError, isStale } from '../../lib/errors';
import { groupSlug } from '../../lib/group';
import { localized } from '../../lib/i18n';
import { parseInput } from '../../lib/validation';
import { importProgress, periodForImport, readUploadedSheet, type ImportIssue, type ProgressImportResult } from './progress-import.service';
import { importTemplate, templateWorkbook } from './progress-import.template';
import { ImportPage } from './progress-import.views';
import { idParams, updateAnswerSchema, updateApiBody, updateConflictSchema } from './progress.schemas';
import { ApiConflict, apiRoute } from '../../http/api-route';
import type { Period } from './progress.model';
import * as api from './updates-api.service';
import * as updates from './updates.service';

export function registerProgressImportRoutes(app: FastifyInstance, deps: Deps): void {
  async function renderImport(
    request: FastifyRequest,
    reply: FastifyReply,
    period: Period,
    state: { result?: ProgressImportResult; issues?: ImportIssue[]; message?: string | null; errors?: Record<string, string> } = {},
    status = 200,
  ) {
    return sendHtml(
      reply,
      ImportPage({ ctx: viewContext(request), data: { period, result: state.result ?? null, issues: state.issues ?? [], message: state.message ?? null, errors: state.errors ?? {} } }),
      status,
    );
  }

  app.get('/progress/periods/:id/import', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    return renderImport(request, reply, await periodForImport(deps, request.actor, id));
  });

  app.post('/progress/periods/:id/import', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    const period = await periodForImport(deps, request.actor, id);
    try {
      const form = await readMultipartForm(request);
      const file = form.files.find((candidate) => candidate.field === 'file') ?? form.files[0];
      if (!file) throw new AppError('VALIDATION', localized('progressImport.chooseFile'), { fields: [{ field: 'file', message: localized('progressImport.chooseFile') }] });
      const sheet = await readUploadedSheet(file.bytes, file.fileName);
      const result = await importProgress(deps, request.actor, id, sheet, file.fileName);
      return renderImport(request, reply, period, { result });
    } catch (error) {
      if (isAppError(error, 'IMPORT_INVALID')) {
        const issues = (error.details as { issues?: ImportIssue[] } | undefined)?.issues;
        if (issues) return renderImport(request, reply, period, { issues }, 400);
        return renderImport(request, reply, period, { message: error.message, errors: { file: error.message } }, 400);
      }
      if (!(error instanceof AppError) || isAppError(error, 'FORBIDDEN') || isAppError(error, 'UNAUTHENTICATED') || isAppError(error, 'NOT_FOUND')) throw error;
      const { errors, message } = formErrors(error);
      return renderImport(request, reply, period, { message, errors: Object.keys(errors).length > 0 ? errors : { file: message ?? '' } }, uploadFormStatus(error));
    }
  });

  app.get('/progress/periods/:id/import-template.csv', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    const { year, label, table } = await importTemplate(deps, request.actor, id);
    return sendCsv(reply, `${groupSlug()}-progress-import-${year}-${label}.csv`, toCsv(table.header, table.rows));
  });

  app.get('/progress/periods/:id/import-template.xlsx', async (request, reply) => {
    const { id } = parseInput(idParams, request.params);
    const { year, label, table } = await importTemplate(deps, request.actor, id);
    return sendDownload(reply, `${groupSlug()}-progress-import-${year}-${label}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await templateWorkbook(table));
  });

  // ---- JSON API: the form's writes, with a personal token ----

  apiRoute(
    app,
    {
      method: 'POST',
      url: '/api/v1/progress/updates',
      operationId: 'createProgressUpdate',
      summary: 'api.op.createProgressUpdate',
      tag: 'progress',
      access: 'focalPoints',
      body: updateApiBody,
      response: updateAnswerSchema,
      status: 201,
    },
    async ({ body }, request, reply) => {
      const update = await api.createFromApi(deps, request.actor, body);
      reply.header('location', `/progress/updates/${update.id}`);
      return { update };
    },
  );

  apiRoute(
    app,
    {
      method: 'POST',
      url: '/api/v1/progress/updates/:id',
      operationId: 'saveProgressUpdate',
      summary: 'api.op.saveProgressUpdate',
      tag: 'progress',
      access: 'focalPoints',
      params: idParams,
      body: updateApiBody,
      response: updateAnswerSchema,
      conflict: updateConflictSchema,
    },
    async ({ params: { id }, body }, request) => {
      try {
        return { update: await api.saveFromApi(deps, request.actor, id, body) };
      } catch (error) {
        // A stale version: 409, with what is saved now so that the program can merge and send again.
        if (isStale(error, updates.staleUpdate)) return new ApiConflict({ error: { code: error.code, message: error.message }, current: api.presentUpdate(error.current) });
        throw error;
      }
    },
  );
}
