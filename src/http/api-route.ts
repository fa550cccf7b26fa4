/**
 * A route of the JSON API (`/api/v1`) as a contract: it declares its parameters, query, body and
 * answer as zod schemas, and the answer is parsed through the declared schema before it is sent, so
 * a field the route does not declare never leaves (zod objects drop unknown keys). An answer that
 * does not fit its schema is a bug in the platform: it is logged and answered with 500, never sent.
 * The same declarations make the OpenAPI document and the reference page (api-contract.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { MessageKey } from '../lib/i18n';
import { parseInput } from '../lib/validation';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's declared contract, when it is a route of the JSON API. */
    api?: ApiRouteSpec;
  }
}

/** Who may call a route, in words the reference page reads from the catalogue (`api.access.<kind>`). */
export const apiAccessKinds = ['everyone', 'signedIn', 'memberOrganizations', 'groupMembers', 'reportReaders', 'focalPoints', 'profileEditors'] as const;
export type ApiAccess = (typeof apiAccessKinds)[number];

/** The sections of the reference, one per feature (`api.tag.<tag>`). */
export const apiTags = ['members', 'governance', 'progress', 'meetings', 'statements', 'groups', 'library', 'reports', 'search'] as const;
export type ApiTag = (typeof apiTags)[number];

type Schema = z.ZodType;

export interface ApiRouteSpec<P extends Schema = Schema, Q extends Schema = Schema, B extends Schema = Schema, R extends Schema = Schema> {
  method: 'GET' | 'POST';
  /** Fastify's pattern, `/api/v1/terms/:year`. */
  url: string;
  /** A stable name for the operation, as OpenAPI tools name generated functions. */
  operationId: string;
  summary: MessageKey;
  tag: ApiTag;
  access: ApiAccess;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The status of a successful answer (201 for a creation). */
  status?: 200 | 201;
  /** The body of a 409 answer that carries the record as it is now, when the route sends one. */
  conflict?: Schema;
  /** Answers 404 without a path parameter (nothing in force to show). */
  notFound?: boolean;
}

/** A 409 answer with a body of its own (the record as saved now), checked against the route's `conflict` schema. */
export class ApiConflict {
  constructor(readonly body: unknown) {}
}

type Output<S> = S extends Schema ? z.output<S> : undefined;

export interface ApiInput<P, Q, B> {
  params: Output<P>;
  query: Output<Q>;
  body: Output<B>;
}

export type ApiHandler<P, Q, B, R extends Schema> = (input: ApiInput<P, Q, B>, request: FastifyRequest, reply: FastifyReply) => Promise<z.input<R> | ApiConflict>;

/** The answer did not fit its declared schema: the route and what did not fit, for the log. */
export class ApiDriftError extends Error {
  constructor(
    readonly route: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(
      `The answer of ${route} does not fit its declared schema: ${issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .slice(0, 10)
        .join('; ')}`,
    );
  }
}

function parseAnswer(spec: ApiRouteSpec, schema: Schema, body: unknown): unknown {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiDriftError(`${spec.method} ${spec.url}`, parsed.error.issues);
  return parsed.data;
}

/** Registers a route of the JSON API with its contract; the handler returns the answer, the helper checks and sends it. */
export function apiRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined, R extends Schema>(
  app: FastifyInstance,
  spec: Omit<ApiRouteSpec, 'params' | 'query' | 'body' | 'response'> & { params?: P; query?: Q; body?: B; response: R },
  handler: ApiHandler<P, Q, B, R>,
): void {
  const contract = spec as ApiRouteSpec;
  app.route({
    method: spec.method,
    url: spec.url,
    // What the API reads moves the content stamp: a token's answers are kept like a person's pages.
    config: { api: contract, keptForPerson: spec.method === 'GET' },
    handler: async (request, reply) => {
      const input = {
        params: spec.params ? parseInput(spec.params, request.params) : undefined,
        query: spec.query ? parseInput(spec.query, request.query) : undefined,
        body: spec.body ? parseInput(spec.body, request.body ?? {}) : undefined,
      } as ApiInput<P, Q, B>;
      const answer = await handler(input, request, reply);
      if (answer instanceof ApiConflict) {
        if (!spec.conflict) throw new Error(`${spec.method} ${spec.url} answered a conflict it does not declare.`);
        return reply.status(409).send(parseAnswer(contract, spec.conflict, answer.body));
      }
      return reply.status(spec.status ?? 200).send(parseAnswer(contract, spec.response, answer));
    },
  });
}
