/**
 * The OpenAPI 3.1 document of the JSON API, made from the routes' declared zod schemas with zod's
 * own z.toJSONSchema(). The schemas are converted once per app; the texts (summaries, who may call)
 * come from the catalogue in the language asked for.
 */
import { z } from 'zod';
import type { Translate } from '../lib/i18n';
import { apiTags, type ApiRouteSpec } from './api-route';
import { sessionCookie } from './auth';

export type JsonSchema = { [key: string]: unknown };

/** The body of every refusal and problem (src/http/error-handler.ts): a code, a message, and each field at fault. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

const componentPrefix = '#/components/schemas/';

export interface ApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}

/** What the schemas of one route become. */
export interface ConvertedRoute {
  spec: ApiRouteSpec;
  parameters: ApiParameter[];
  body: JsonSchema | null;
  response: JsonSchema;
  conflict: JsonSchema | null;
}

export interface ConvertedApi {
  routes: ConvertedRoute[];
  components: Record<string, JsonSchema>;
}

function ref(name: string): JsonSchema {
  return { $ref: `${componentPrefix}${name}` };
}

/**
 * Converts a registry of schemas to components. zod puts schemas that several answers share under
 * a `__shared` entry and points at them as `…/__shared#/$defs/Name`; they become components of
 * their own, so every reference is a plain `#/components/schemas/Name`.
 */
function toComponents(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { io, target: 'draft-2020-12', unrepresentable: 'any', uri: (id) => `${componentPrefix}${id}` }) as { schemas: Record<string, JsonSchema> };
  const shared = (schemas.__shared?.$defs ?? {}) as Record<string, JsonSchema>;
  const renamed = (name: string) => (/^schema\d+$/.test(name) ? `Shared${io === 'input' ? 'Input' : ''}${name.slice('schema'.length)}` : name);
  const components: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(schemas)) if (name !== '__shared') components[name] = schema;
  for (const [name, schema] of Object.entries(shared)) components[renamed(name)] = schema;
  const text = JSON.stringify(components).replace(/"#\/components\/schemas\/__shared#\/\$defs\/([^"]+)"/g, (_match, name: string) => JSON.stringify(`${componentPrefix}${renamed(name)}`));
  // zod bounds every integer by the safe range; said once here rather than on every field.
  const cleaned = JSON.parse(text, (key, value: unknown) => (isSafeBound(key, value) ? undefined : value)) as Record<string, JsonSchema>;
  for (const schema of Object.values(cleaned)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return cleaned;
}

function isSafeBound(key: string, value: unknown): boolean {
  return (key === 'minimum' && value === Number.MIN_SAFE_INTEGER) || (key === 'maximum' && value === Number.MAX_SAFE_INTEGER);
}

function plainSchema(schema: z.ZodType): JsonSchema {
  const converted = JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' })), (key, value: unknown) =>
    isSafeBound(key, value) ? undefined : value,
  ) as JsonSchema;
  delete converted.$schema;
  return converted;
}

function parametersOf(spec: ApiRouteSpec): ApiParameter[] {
  const parameters: ApiParameter[] = [];
  if (spec.params instanceof z.ZodObject) {
    for (const [name, field] of Object.entries(spec.params.shape as Record<string, z.ZodType>)) parameters.push({ name, in: 'path', required: true, schema: plainSchema(field) });
  }
  if (spec.query instanceof z.ZodObject) {
    for (const [name, field] of Object.entries(spec.query.shape as Record<string, z.ZodType>)) {
      parameters.push({ name, in: 'query', required: !field.safeParse(undefined).success, schema: plainSchema(field) });
    }
  } else if (spec.query) {
    // A query of free names (the mapping's filters: a value code by dimension code) is one object, exploded.
    parameters.push({ name: 'filters', in: 'query', required: false, schema: plainSchema(spec.query), style: 'form', explode: true });
  }
  return parameters;
}

/** The schemas of every route, as JSON Schema: answers and bodies as components, parameters inline. */
export function convertApi(specs: ApiRouteSpec[]): ConvertedApi {
  const outputs = z.registry<{ id: string }>();
  const inputs = z.registry<{ id: string }>();
  outputs.add(apiErrorSchema, { id: 'Error' });
  const name = (spec: ApiRouteSpec, part: string) => `${spec.operationId.charAt(0).toUpperCase()}${spec.operationId.slice(1)}${part}`;
  for (const spec of specs) {
    outputs.add(spec.response, { id: name(spec, 'Answer') });
    if (spec.conflict) outputs.add(spec.conflict, { id: name(spec, 'Conflict') });
    if (spec.body) inputs.add(spec.body, { id: name(spec, 'Body') });
  }
  const components = { ...toComponents(outputs, 'output'), ...(specs.some((spec) => spec.body) ? toComponents(inputs, 'input') : {}) };
  const routes = specs.map((spec) => ({
    spec,
    parameters: parametersOf(spec),
    body: spec.body ? ref(name(spec, 'Body')) : null,
    response: ref(name(spec, 'Answer')),
    conflict: spec.conflict ? ref(name(spec, 'Conflict')) : null,
  }));
  return { routes, components };
}

/** The statuses a route may answer with besides success, and why (the error handler's table). */
export function errorStatusesOf(spec: ApiRouteSpec): number[] {
  const statuses = new Set<number>([401]);
  if (spec.params || spec.query || spec.body) statuses.add(400);
  if (spec.access !== 'everyone' || spec.method === 'POST') statuses.add(403);
  if (spec.params || spec.notFound) statuses.add(404);
  if (spec.method === 'POST' || spec.conflict) statuses.add(409);
  return [...statuses].sort((a, b) => a - b);
}

/** `/api/v1/terms/:year` as OpenAPI writes it: `/api/v1/terms/{year}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

function jsonContent(schema: JsonSchema): JsonSchema {
  return { 'application/json': { schema } };
}

function operationOf(route: ConvertedRoute, t: Translate): JsonSchema {
  const { spec } = route;
  const success = String(spec.status ?? 200);
  const responses: Record<string, JsonSchema> = { [success]: { description: t(spec.summary), content: jsonContent(route.response) } };
  for (const status of errorStatusesOf(spec)) {
    const schema = status === 409 && route.conflict ? route.conflict : ref('Error');
    responses[String(status)] = { description: t(`api.error.${status}` as Parameters<Translate>[0]), content: jsonContent(schema) };
  }
  const access = t(`api.access.${spec.access}`);
  return {
    operationId: spec.operationId,
    summary: t(spec.summary),
    description: access,
    tags: [spec.tag],
    'x-access': spec.access,
    security: spec.access === 'everyone' ? [{}, { session: [] }, { token: [] }] : [{ session: [] }, { token: [] }],
    ...(route.parameters.length > 0 ? { parameters: route.parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: jsonContent(route.body) } } : {}),
    responses,
  };
}

export interface DocumentInfo {
  t: Translate;
  serverUrl: string;
}

/** The OpenAPI 3.1 document: paths, parameters, bodies, answers and errors, security, tags. */
export function openApiDocument(converted: ConvertedApi, { t, serverUrl }: DocumentInfo): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of converted.routes) {
    const path = (paths[openApiPath(route.spec.url)] ??= {});
    path[route.spec.method.toLowerCase()] = operationOf(route, t);
  }
  const usedTags = new Set(converted.routes.map((route) => route.spec.tag));
  return {
    openapi: '3.1.0',
    info: { title: t('api.title'), version: '1', description: t('api.description') },
    servers: [{ url: serverUrl }],
    tags: apiTags.filter((tag) => usedTags.has(tag)).map((tag) => ({ name: tag, description: t(`api.tag.${tag}`) })),
    paths,
    components: {
      schemas: converted.components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: sessionCookie, description: t('api.docs.auth') },
        token: { type: 'http', scheme: 'bearer', description: t('api.docs.auth') },
      },
    },
  };
}
