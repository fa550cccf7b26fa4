/**
 * What the fuzz suite sends: every route of the access tables, as a person it lets through, with the
 * fields of the form that posts to it (found by walking every page as every person), the query
 * fields of each page and API route, and the path parameters of each route.
 */
import { formFor, people, whoGetsThrough, type RouteAccess, type Who } from '../access/access';
import type { SignedInPeople } from '../support/factories';
import { TestClient } from '../support/http-client';
import type { TestContext } from '../support/build-test-app';
import { formsOf, type FormField, type PageForm } from './html-forms';

export interface FuzzTarget {
  route: string;
  method: 'GET' | 'POST';
  url: string;
  person: Who;
  fields: FormField[];
  multipart: boolean;
}

/** Routes whose success would take the suite's own people out of the test: signing out, admin rights off. */
export const notFuzzed = new Set(['POST /logout', 'POST /admin/second-factor', 'POST /account/sessions/end-others']);

/** Query fields that pages read besides their filters. */
const pageQueryFields = ['page', 'lang', 'notice', 'next'];

function routePattern(route: string): RegExp {
  const path = route.split(' ')[1] ?? '';
  const pattern = path.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+');
  return new RegExp(`^${pattern}$`);
}

/** The most specific route (fewest parameters) of this method whose pattern the path matches. */
export function routeOf(routes: string[], method: string, path: string): string | undefined {
  return routes.filter((route) => route.startsWith(`${method} `) && routePattern(route).test(path)).sort((a, b) => (a.match(/:/g)?.length ?? 0) - (b.match(/:/g)?.length ?? 0))[0];
}

export async function clientFor(context: TestContext, crowd: SignedInPeople, who: Who): Promise<TestClient> {
  // Anonymous visitors come from their own address, so that their failed sign-ins limit no one else.
  return who === 'public' ? new TestClient(context.app, { remoteAddress: '192.0.2.200' }) : crowd.client(who, people[who]);
}

/** Every form of every page, as every person who may see the page; the first form found for a route wins. */
export async function discoverForms(context: TestContext, crowd: SignedInPeople, entries: RouteAccess[]): Promise<Map<string, { form: PageForm; person: Who }>> {
  const routes = entries.map((entry) => entry.route);
  const found = new Map<string, { form: PageForm; person: Who }>();
  for (const entry of entries.filter((candidate) => candidate.route.startsWith('GET '))) {
    for (const person of whoGetsThrough(entry)) {
      const page = await (await clientFor(context, crowd, person)).get(entry.url);
      if (!String(page.headers['content-type']).includes('text/html')) continue;
      for (const form of formsOf(page.body, entry.url)) {
        const route = routeOf(routes, form.method, form.action.split('?')[0] ?? '');
        const key = form.method === 'GET' ? `GET ${entry.route}` : route;
        if (key && !found.has(key) && (form.method === 'POST' || form.action.split('?')[0] === entry.url.split('?')[0])) found.set(key, { form, person });
      }
    }
  }
  return found;
}

function queryFields(url: string): FormField[] {
  return [...new URLSearchParams(url.split('?')[1] ?? '').entries()].map(([name, value]) => ({ name, type: 'query', value }));
}

function merged(...lists: FormField[][]): FormField[] {
  const byName = new Map<string, FormField>();
  for (const field of lists.flat()) if (!byName.has(field.name)) byName.set(field.name, field);
  return [...byName.values()];
}

export function targetOf(entry: RouteAccess, forms: Map<string, { form: PageForm; person: Who }>): FuzzTarget {
  const method = entry.route.startsWith('POST ') ? 'POST' : 'GET';
  const person: Who = whoGetsThrough(entry)[0] ?? 'public';
  if (method === 'GET') {
    const filters = forms.get(`GET ${entry.route}`)?.form.fields ?? [];
    const extras = entry.url.startsWith('/api/') ? ['page'] : pageQueryFields;
    return {
      route: entry.route,
      method,
      url: entry.url,
      person,
      fields: merged(
        queryFields(entry.url),
        filters,
        extras.map((name) => ({ name, type: 'query', value: '' })),
      ),
      multipart: false,
    };
  }
  const discovered = forms.get(entry.route);
  const given = Object.entries(formFor(entry, person)).map(([name, value]) => ({ name, type: 'text', value }));
  if (!discovered) return { route: entry.route, method, url: entry.url, person, fields: given, multipart: false };
  return { route: entry.route, method, url: discovered.form.action, person: discovered.person, fields: merged(discovered.form.fields, given), multipart: discovered.form.multipart };
}

/** The URL with the path parameter at `index` (in the route's pattern) replaced by `encoded`. */
export function withPathParameter(route: string, url: string, index: number, encoded: string): string {
  const patternSegments = (route.split(' ')[1] ?? '').split('/');
  const [path = '', query] = url.split('?');
  const segments = path.split('/');
  const pattern = patternSegments[index] ?? '';
  const colon = pattern.indexOf(':');
  const suffix = pattern.slice(colon + 1).replace(/^\w+/, '');
  segments[index] = `${pattern.slice(0, colon)}${encoded}${suffix}`;
  return query === undefined ? segments.join('/') : `${segments.join('/')}?${query}`;
}

/** Positions of the path parameters of a route. */
export function pathParameters(route: string): number[] {
  return (route.split(' ')[1] ?? '').split('/').flatMap((segment, index) => (segment.includes(':') ? [index] : []));
}
