/**
 * The reference page's view model, read from the OpenAPI document itself (not from the zod schemas),
 * so the page and the document cannot say different things: each route's parameters, and the fields
 * of its body and answer as dotted paths with their types in words.
 */
import type { Translate } from '../lib/i18n';
import type { ApiReferenceField, ApiReferenceRoute, ApiReferenceSection } from '../views/api-reference.views';
import { apiTags, type ApiTag } from './api-route';
import { errorStatusesOf, type ConvertedApi, type ConvertedRoute, type JsonSchema } from './api-document';

/** How deep nested objects are listed; deeper ones are named by their type only. */
const maxDepth = 6;

function componentName(schema: JsonSchema): string | null {
  return typeof schema.$ref === 'string' ? (schema.$ref.split('/').pop() ?? null) : null;
}

class FieldLister {
  constructor(
    private readonly components: Record<string, JsonSchema>,
    private readonly t: Translate,
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    const name = componentName(schema);
    return name ? (this.components[name] ?? {}) : schema;
  }

  /** The schema without its `null` alternative, and whether null was one. */
  private withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
    if (Array.isArray(schema.type) && schema.type.includes('null')) {
      const types = (schema.type as string[]).filter((type) => type !== 'null');
      return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
    }
    const variants = Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]) : null;
    if (!variants) return { schema, nullable: false };
    const others = variants.filter((variant) => variant.type !== 'null');
    if (others.length === variants.length) return { schema, nullable: false };
    return { schema: others.length === 1 ? (others[0] as JsonSchema) : { anyOf: others }, nullable: true };
  }

  typeText(raw: JsonSchema): string {
    const { schema, nullable } = this.withoutNull(raw);
    const text = this.plainTypeText(schema);
    return nullable ? this.t('api.docs.orNull', { type: text }) : text;
  }

  private plainTypeText(raw: JsonSchema): string {
    const name = componentName(raw);
    const schema = this.resolve(raw);
    if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
    if (schema.const !== undefined) return JSON.stringify(schema.const);
    if (Array.isArray(schema.anyOf)) return this.t('api.docs.anyOf', { types: (schema.anyOf as JsonSchema[]).map((variant) => this.variantText(variant)).join(', ') });
    if (schema.type === 'array') return this.t('api.docs.listOf', { type: this.typeText((schema.items ?? {}) as JsonSchema) });
    if (schema.type === 'object') return name && !name.startsWith('Shared') ? `${this.t('api.docs.object')} (${name})` : this.t('api.docs.object');
    if (typeof schema.type === 'string') return typeof schema.format === 'string' ? `${schema.type} (${schema.format})` : schema.type;
    if (Array.isArray(schema.type)) return (schema.type as string[]).join(' | ');
    return this.t('api.docs.anyValue');
  }

  /** An object variant of a union is named by its constant field (`kind: "paragraph"`), when it has one. */
  private variantText(raw: JsonSchema): string {
    const schema = this.resolve(raw);
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const constant = Object.entries(properties).find(([, property]) => property.const !== undefined);
    return constant ? `${this.t('api.docs.object')} (${constant[0]}: ${JSON.stringify(constant[1].const)})` : this.plainTypeText(raw);
  }

  /** The fields of an object, and of the objects inside it, as `items[].entity.acronym`. */
  fields(raw: JsonSchema, prefix = '', depth = 0, seen: string[] = []): ApiReferenceField[] {
    const name = componentName(raw);
    if (name && seen.includes(name)) return [];
    const { schema: unwrapped } = this.withoutNull(this.resolve(raw));
    const schema = this.resolve(unwrapped);
    const within = name ? [...seen, name] : seen;
    if (schema.type === 'array') return this.fields((schema.items ?? {}) as JsonSchema, `${prefix}[]`, depth, within);
    if (schema.type !== 'object' || depth >= maxDepth) return [];
    const required = new Set((schema.required ?? []) as string[]);
    const rows: ApiReferenceField[] = [];
    for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      rows.push({ path, type: this.typeText(property), required: required.has(key) });
      rows.push(...this.fields(property, path, depth + 1, within));
    }
    return rows;
  }
}

function routeOf(route: ConvertedRoute, lister: FieldLister, t: Translate): ApiReferenceRoute {
  const { spec } = route;
  return {
    id: spec.operationId,
    method: spec.method,
    path: spec.url,
    summary: t(spec.summary),
    access: t(`api.access.${spec.access}`),
    parameters: route.parameters.map((parameter) => ({ name: parameter.name, in: parameter.in, type: lister.typeText(parameter.schema), required: parameter.required })),
    body: route.body ? lister.fields(route.body) : null,
    status: spec.status ?? 200,
    response: lister.fields(route.response),
    conflict: route.conflict ? lister.fields(route.conflict) : null,
    errors: errorStatusesOf(spec).map((status) => ({ status, text: t(`api.error.${status}` as Parameters<Translate>[0]) })),
  };
}

/** The routes by section, in the sections' order and then in the order they were registered. */
export function apiReferenceSections(converted: ConvertedApi, t: Translate): ApiReferenceSection[] {
  const lister = new FieldLister(converted.components, t);
  return apiTags
    .map((tag: ApiTag) => ({
      tag,
      title: t(`api.tag.${tag}`),
      routes: converted.routes.filter((route) => route.spec.tag === tag).map((route) => routeOf(route, lister, t)),
    }))
    .filter((section) => section.routes.length > 0);
}
