/**
 * The JSON API's published contract: every route registered with apiRoute() is collected here, and
 * published as an OpenAPI 3.1 document (/api/v1/openapi.json) and as a reference page (/api), both
 * made from the same declarations. Neither reads the database.
 */
import type { FastifyInstance } from 'fastify';
import { translator } from '../lib/i18n';
import { ApiReferencePage } from '../views/api-reference.views';
import { convertApi, openApiDocument, type ConvertedApi } from './api-document';
import { apiReferenceSections } from './api-reference';
import type { ApiRouteSpec } from './api-route';
import { cachedForVisitors } from './page-cache';
import { sendHtml } from './reply';
import { viewContext } from './view-context';

export const openApiUrl = '/api/v1/openapi.json';
export const apiReferenceUrl = '/api';

/** Collects the contracts of the routes registered after it; call it before the features register theirs. */
export function registerApiContract(app: FastifyInstance): void {
  const specs: ApiRouteSpec[] = [];
  app.addHook('onRoute', (route) => {
    const spec = route.config?.api;
    if (spec && !specs.includes(spec)) specs.push(spec);
  });
  // Converting the schemas takes a moment: once per app, on first use (every route is registered by then).
  let converted: ConvertedApi | null = null;
  const api = () => (converted ??= convertApi(specs));

  app.get(openApiUrl, cachedForVisitors, async (request) => openApiDocument(api(), { t: translator(request.locale), serverUrl: request.server.publicUrl }));

  app.get(apiReferenceUrl, cachedForVisitors, async (request, reply) => {
    const ctx = viewContext(request);
    return sendHtml(reply, ApiReferencePage({ ctx, sections: apiReferenceSections(api(), ctx.t), openApiUrl }));
  });
}
