/**
 * The app follows the database's content stamp (src/db/content-version.ts) for everything it keeps
 * in memory: kept pages, resolved sessions, the year's documents. A request that may write (any
 * method but GET and HEAD) marks a write under way until its answer is about to leave, and reads
 * the stamp then, so the next request, whoever makes it, sees what it changed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { followContent, type ContentFollower, type FollowOptions } from '../db/content-version';
import type { Deps } from '../deps';
import { checkWatchedNow } from '../lib/change-watcher';

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when nothing is kept (to count what every request costs). */
    contentFollower: ContentFollower | null;
  }
  interface FastifyRequest {
    endWrite: (() => Promise<void>) | null;
  }
}

const reads = new Set(['GET', 'HEAD']);

export function registerContentFollowing(app: FastifyInstance, deps: Pick<Deps, 'db' | 'log'>, options: FollowOptions & { enabled: boolean }): void {
  app.decorateRequest('endWrite', null);
  if (!options.enabled) {
    app.decorate('contentFollower', null);
    return;
  }
  const { follower, stop } = followContent(deps.db, deps.log, options);
  app.decorate('contentFollower', follower);
  // The group's settings, messages and vocabularies read their own stamps at once when this one moves.
  const stopListening = follower.onChange(checkWatchedNow);
  app.addHook('onReady', () => follower.check());
  app.addHook('onClose', async () => {
    stopListening();
    stop();
  });

  app.addHook('onRequest', async (request) => {
    if (!reads.has(request.method)) request.endWrite = follower.startWrite();
  });
  // A write this process made is committed by now: whoever asks next must not get what was kept before it.
  app.addHook('onSend', async (request, _reply, payload) => {
    await request.endWrite?.();
    return payload;
  });
  const end = async (request: FastifyRequest) => {
    await request.endWrite?.();
  };
  app.addHook('onResponse', end);
  app.addHook('onRequestAbort', end);
}
