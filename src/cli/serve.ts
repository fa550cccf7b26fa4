import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import type { Deps } from '../deps';
import { openJobQueue, type JobRunner } from '../jobs/queue';
import { systemClock } from '../lib/clock';
import { AppError } from '../lib/errors';
import { consoleLogger } from '../lib/logger';
import { closeOnSignals, listen } from '../server';
import { checkDataDirectory, describeDatabase, reportCreatedDataDirectory } from './context';
import { localized } from '../lib/i18n';

/**
 * What the server needs once its database is open: most of the platform's modules. They load while
 * the embedded database starts in its own thread, rather than before it starts.
 */
async function loadServerModules() {
  const [app, workers, accounts, messages, groupSettings, vocabularies, seed, upgrade] = await Promise.all([
    import('../app'),
    import('../jobs/workers'),
    import('../features/accounts/accounts.service'),
    import('../features/messages/messages.service'),
    import('../features/group-settings/group-settings.service'),
    import('../features/vocabularies/vocabularies.service'),
    import('./seed'),
    import('./upgrade'),
  ]);
  return { ...app, ...workers, ...accounts, ...messages, ...groupSettings, ...vocabularies, ...seed, ...upgrade };
}

export async function runServe(): Promise<void> {
  const config = loadConfig();
  const created = checkDataDirectory(config, {});
  const loading = loadServerModules();
  loading.catch(() => undefined); // awaited below, once the database is open; a failure to open it comes first
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  if (created) reportCreatedDataDirectory(created);
  if (database.access === 'embedded-client') {
    await database.close();
    throw new AppError('DATABASE_LOCKED', localized('raised.serve.locked', { dir: config.dataDir }));
  }
  let jobs: JobRunner | undefined;
  try {
    const {
      buildApp,
      startJobWorkers,
      ensureAdministrator,
      loadMessageOverrides,
      watchMessageOverrides,
      isInitialisedForGroup,
      loadGroupSettings,
      watchGroupSettings,
      watchVocabularies,
      isSeeded,
      seedDatabase,
      describeUpgrade,
      upgradeDatabase,
    } = await loading;
    jobs = await openJobQueue(database.db, { workers: true });
    const deps: Deps = { db: database.db, config, clock: systemClock, log: consoleLogger, jobs };
    const upgrade = await upgradeDatabase(deps);
    if (upgrade.applied.length > 0 || upgrade.movedFiles > 0) console.log(localized('cli.serve.upgraded', { upgrade: describeUpgrade(upgrade) }));
    // Messages translators imported replace the catalogue's; imports made elsewhere are picked up once the content stamp moves.
    await loadMessageOverrides(deps);
    const stopWatchingMessages = watchMessageOverrides(deps);
    // The group's names and words (group_settings); a change made by another process is picked up once the content stamp moves.
    await loadGroupSettings(deps);
    const stopWatchingGroup = watchGroupSettings(deps);
    // The vocabularies every mapping and member page reads are held in memory; another process's change is picked up once the content stamp moves.
    const stopWatchingVocabularies = watchVocabularies(deps);
    // An install prepared for another group (`icat init`) never gets the demo data.
    if (config.seedOnStart && !(await isSeeded(deps)) && !(await isInitialisedForGroup(deps))) {
      await seedDatabase(deps);
      console.log(localized('cli.serve.seeded'));
    }
    const admin = await ensureAdministrator(deps);
    if (admin) {
      console.log(localized('cli.serve.administrator', { email: admin.email, password: admin.password }));
      console.log(localized('cli.serve.administratorOnce'));
    }
    // Only this process runs jobs on an embedded database: any left running were cut short by a stop.
    if (database.access === 'embedded-owner') {
      const interrupted = await jobs.retryInterrupted();
      if (interrupted > 0) console.log(localized('cli.serve.interrupted', { count: interrupted }));
    }
    const app = await buildApp({ ...deps, database, logRequests: config.logLevel !== 'silent' });
    await startJobWorkers({ ...deps, log: app.log }, jobs);
    const runner = jobs;
    closeOnSignals(async () => {
      stopWatchingMessages();
      stopWatchingGroup();
      stopWatchingVocabularies();
      await app.drain();
      await app.close();
      await runner.stop(15_000);
      await database.close();
    });
    await listen(app, config);
    console.log(localized('cli.serve.listening', { url: config.publicUrl, database: describeDatabase(database) }));
  } catch (error) {
    await jobs?.stop().catch(() => undefined);
    await database.close();
    throw error;
  }
}
