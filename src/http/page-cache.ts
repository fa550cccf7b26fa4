/**
 * Rendered pages, kept in memory and served again until a write changes what they show: public
 * pages for every visitor, and a signed-in person's pages (and an API token's answers) for that
 * session or token alone (docs/performance.md says why it is built this way).
 *
 * - A person's pages: only routes marked `keptForPerson` (or `publicCache`), under the hashes of
 *   the session and CSRF cookies (or of the token), looked up once the session is known and before
 *   the navigation's counts are read. Everything below holds for them too.
 * - Only a route that asks for it (`config: { publicCache: true }`) is kept, only for GET and HEAD,
 *   only for a visitor (no session cookie, no token, no account), and only an answer that is 200,
 *   sets no cookie and whose rendering no change overtook. A page that shows a form with a CSRF
 *   token sets its cookie (src/http/csrf.ts), so it is never kept.
 * - The key is the path, the query in sorted order and the page's language (which also fixes the
 *   text direction). Pages are stored once, and compressed once per encoding when first asked for.
 * - Everything is forgotten when the content stamp (src/db/content-version.ts) moves, as the app
 *   follows it (src/http/content-following.ts): read after each write this process answers (before
 *   that answer leaves), and every `pollMs` for writes made by other processes, with one more clear
 *   on the poll after a change (a transaction's trigger runs just before its commit is visible).
 *   Also forgotten when the group's words or the imported messages are replaced in memory
 *   (lib/shown-state), and after `maxAgeMs` by the app's clock, for what depends on the date.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../deps';
import type { ContentFollower } from '../db/content-version';
import { shownStateVersion } from '../lib/shown-state';
import { hashToken } from '../lib/tokens';
import { addVary, compress, compressFromBytes, negotiateEncoding, type Encoding } from './compression';
import { csrfCookie } from './csrf';
import { clientHas, notModified, weakEtagOf } from './etag';
import { isPrivateAnswer } from './security';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every visitor sees the same page here: it is kept rendered (src/http/page-cache.ts). */
    publicCache?: boolean;
    /**
     * What this page shows a signed-in person changes only with the content stamp (and the date):
     * it is kept rendered for that person's session. Pages marked `publicCache` are kept so too.
     */
    keptForPerson?: boolean;
  }
  interface FastifyRequest {
    pageCacheSlot: Slot | null;
  }
  interface FastifyInstance {
    pageCache: PageCache;
  }
}

export interface PageCacheOptions {
  /** Off: nothing is kept, neither pages nor sessions nor documents (to count what every request costs, say). */
  enabled: boolean;
  /**
   * How often the content stamp is read for other processes' writes; 0: before every use of what is
   * kept (src/http/content-following.ts follows it for the page cache, sessions and the year's documents).
   */
  pollMs: number;
  maxBytes: number;
  /** A page older than this, by the app's clock, is rendered again. */
  maxAgeMs: number;
}

export const defaultPageCacheOptions: PageCacheOptions = { enabled: true, pollMs: 250, maxBytes: 32 * 1024 * 1024, maxAgeMs: 60_000 };

/** What browsers and shared caches are told: keep it, but ask again (an ETag makes that cheap). */
export const publicCacheControl = 'public, no-cache';

/** The headers a route sets that belong to the page itself (the others are set per answer). */
const keptHeaders = ['content-type', 'content-language', 'content-disposition', 'link', 'x-robots-tag'];
const keptTypes = /^(text\/html|application\/(atom\+xml|xml|json))/;
const largestPageBytes = 4 * 1024 * 1024;

/** A page being rendered for the cache: its key, the generation it began in, and what ends its rendering. */
interface Slot {
  key: string;
  generation: number;
  release: () => void;
  /** Rendered for one person's session, not for every visitor. */
  personal: boolean;
}

/** How long a visitor waits for another's rendering of the same page before rendering it too. */
const waitForRenderingMs = 5_000;

interface CachedPage {
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  storedAt: number;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private readonly rendering = new Map<string, Promise<void>>();
  /** Moves on every clear: a rendering that began before a clear is not kept. */
  generation = 0;
  readonly counts = { hits: 0, stored: 0, clears: 0 };

  constructor(private readonly maxBytes: number) {}

  find(key: string, notBefore: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (page.storedAt < notBefore) {
      this.bytes -= sizeOf(key, page);
      return undefined;
    }
    this.pages.set(key, page);
    this.counts.hits += 1;
    return page;
  }

  /**
   * Marks a page as being rendered, so that visitors who ask for it meanwhile wait for that one
   * rendering instead of all rendering it at once (after a clear, say). The release is idempotent.
   */
  startRendering(key: string): () => void {
    if (this.rendering.has(key)) return () => undefined;
    let release: () => void = () => {};
    const done = new Promise<void>((resolve) => (release = resolve));
    this.rendering.set(key, done);
    return () => {
      if (this.rendering.get(key) === done) this.rendering.delete(key);
      release();
    };
  }

  /** Waits for the rendering of the page under way, if one is (for a bounded time). */
  async awaitRendering(key: string): Promise<boolean> {
    const done = this.rendering.get(key);
    if (!done) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, waitForRenderingMs)))]);
    clearTimeout(timer);
    return true;
  }

  /** Keeps the page unless a clear happened since its rendering began. */
  store(slot: Slot, page: CachedPage): void {
    if (slot.generation !== this.generation || page.body.length > largestPageBytes) return;
    const old = this.pages.get(slot.key);
    if (old) this.bytes -= sizeOf(slot.key, old);
    this.pages.delete(slot.key);
    this.pages.set(slot.key, page);
    this.bytes += sizeOf(slot.key, page);
    this.counts.stored += 1;
    this.evict();
  }

  /** The page in an encoding, compressed the first time it is asked for. */
  encoded(key: string, page: CachedPage, encoding: Encoding): Promise<Buffer> {
    let body = page.encoded[encoding];
    if (!body) {
      body = page.encoded[encoding] = compress(page.body, encoding, 'stored');
      void body.then(
        (buffer) => {
          if (this.pages.get(key) !== page) return;
          this.bytes += buffer.length;
          this.evict();
        },
        () => undefined,
      );
    }
    return body;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
    this.generation += 1;
    this.counts.clears += 1;
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  private evict(): void {
    for (const [key, page] of this.pages) {
      if (this.bytes <= this.maxBytes) return;
      this.pages.delete(key);
      this.bytes -= sizeOf(key, page);
    }
  }
}

function sizeOf(key: string, page: CachedPage): number {
  // Compressed copies count once they exist; until then they cost nothing.
  return key.length + page.body.length + page.etag.length + 200;
}

function mayUseCache(request: FastifyRequest, reply: FastifyReply): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && request.routeOptions.config?.publicCache === true && !isPrivateAnswer(request, reply);
}

/**
 * A signed-in person's page may be kept when its route says so, for a session or an API token (a
 * password still waiting for its second factor has neither), while no write of this process is under way.
 */
function mayKeepForPerson(request: FastifyRequest, follower: ContentFollower): boolean {
  const config = request.routeOptions.config;
  return (request.method === 'GET' || request.method === 'HEAD') && (config?.keptForPerson === true || config?.publicCache === true) && request.authenticatedBy !== null && !follower.writing;
}

/**
 * A person's page is kept under what proves who they are, hashed: the API token, or the session
 * (whose id is the hash of its cookie's secret) with the CSRF token its forms carry. Only the client
 * holding them is ever given it.
 */
function personalKey(request: FastifyRequest): string {
  if (request.authenticatedBy === 'token') return `token ${hashToken(request.headers.authorization ?? '')} ${pageKey(request)}`;
  return `person ${request.actor?.sessionId} ${hashToken(request.cookies[csrfCookie] ?? '')} ${pageKey(request)}`;
}

/** The page's address (path and sorted query, whatever the method) and its language. */
export function pageKey(request: FastifyRequest): string {
  const [path = '', query = ''] = request.url.split('?', 2);
  const params = new URLSearchParams(query);
  params.sort();
  return `${request.locale} ${path}?${params}`;
}

function mayKeep(reply: FastifyReply, payload: unknown): payload is string | Buffer {
  return (
    reply.statusCode === 200 &&
    !reply.hasHeader('set-cookie') &&
    !reply.hasHeader('content-encoding') &&
    keptTypes.test(String(reply.getHeader('content-type') ?? '')) &&
    (typeof payload === 'string' || Buffer.isBuffer(payload))
  );
}

function pageOf(reply: FastifyReply, payload: string | Buffer, storedAt: number): CachedPage {
  const headers: Record<string, string> = {};
  for (const name of keptHeaders) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  const body = Buffer.from(payload);
  return { headers, body, etag: weakEtagOf(body), storedAt, encoded: {} };
}

/** Sets the answer's headers for a kept page and says what body to send (none for a 304). */
async function answerWith(cache: PageCache, key: string, request: FastifyRequest, reply: FastifyReply, page: CachedPage, personal = false): Promise<Buffer | null> {
  reply.headers(page.headers);
  addVary(reply, 'Accept-Encoding');
  // A person's page is never stored by the browser or anything between (src/http/security.ts says no-store).
  if (!personal) reply.header('etag', page.etag).header('cache-control', publicCacheControl);
  if (!personal && clientHas(request, page.etag)) return notModified(reply);
  const encoding = page.body.length >= compressFromBytes ? negotiateEncoding(request.headers['accept-encoding']) : null;
  if (!encoding) return page.body;
  const body = await cache.encoded(key, page, encoding);
  reply.header('content-encoding', encoding);
  return body;
}

export function registerPageCache(app: FastifyInstance, deps: Pick<Deps, 'clock'>, options: PageCacheOptions = defaultPageCacheOptions): void {
  const follower = app.contentFollower;
  if (!options.enabled || !follower) return;
  const cache = new PageCache(options.maxBytes);
  let shownState = shownStateVersion();
  app.decorate('pageCache', cache);
  app.decorateRequest('pageCacheSlot', null);
  const stopListening = follower.onChange(() => cache.clear());
  app.addHook('onClose', async () => stopListening());

  const forgetIfShownStateMoved = () => {
    if (shownState === shownStateVersion()) return;
    shownState = shownStateVersion();
    cache.clear();
  };
  const notBefore = () => deps.clock.now().getTime() - options.maxAgeMs;

  /** Answers from the kept page under `key`, or marks the request as the one rendering it. */
  const serveOrRender = async (request: FastifyRequest, reply: FastifyReply, key: string, personal: boolean): Promise<FastifyReply | undefined> => {
    if ((await follower.current()) === null) return undefined;
    forgetIfShownStateMoved();
    const page = cache.find(key, notBefore()) ?? ((await cache.awaitRendering(key)) ? cache.find(key, notBefore()) : undefined);
    if (page) {
      const body = await answerWith(cache, key, request, reply, page, personal);
      return body ? reply.send(body) : reply.send();
    }
    request.pageCacheSlot = { key, generation: cache.generation, release: cache.startRendering(key), personal };
    return undefined;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (mayUseCache(request, reply)) return serveOrRender(request, reply, pageKey(request), false);
  });
  // After the session is resolved, and before anything else is read for the page (the navigation's counts).
  app.addHook('preHandler', async (request, reply) => {
    if (!request.pageCacheSlot && mayKeepForPerson(request, follower)) return serveOrRender(request, reply, personalKey(request), true);
  });

  // Whatever the answer was (an error, a redirect), those waiting for this rendering stop waiting.
  const release = async (request: FastifyRequest) => request.pageCacheSlot?.release();
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);

  app.addHook('onSend', async (request, reply, payload) => {
    const slot = request.pageCacheSlot;
    if (!slot) return payload;
    if (!mayKeep(reply, payload) || (!slot.personal && isPrivateAnswer(request, reply))) {
      slot.release();
      return payload;
    }
    const page = pageOf(reply, payload, deps.clock.now().getTime());
    cache.store(slot, page);
    slot.release();
    return answerWith(cache, slot.key, request, reply, page, slot.personal);
  });
}

/** A route's options that mark it as a public page every visitor sees the same: `app.get(url, cachedForVisitors, handler)`. */
export const cachedForVisitors = { config: { publicCache: true } };

/**
 * A route's options that mark a signed-in page as kept for each person's session: only for a page
 * whose every read is of data that moves the content stamp (not the audit log, jobs, the outbox or
 * sign-in records; see the migrations that track content).
 */
export const keptForPerson = { config: { keptForPerson: true } };
