/**
 * `icat send-digests`: mails each person who chose a weekly digest for a working group the posts made
 * there since their last digest. A digest is due a week after the previous one, so the command is
 * safe to run daily (cron) or as often as you like: nobody gets two digests in a week.
 */
import { migrateToLatest } from '../db/migrate';
import { digestIntervalDays, sendDigests } from '../features/groups/notifications.service';
import { localized } from '../lib/i18n';
import { withContext } from './context';
import { deliverNow } from './deliver-mail';

export async function runSendDigests(): Promise<void> {
  await withContext(
    async ({ database, deps }) => {
      await migrateToLatest(database.db);
      const report = await sendDigests(deps, (done) => {
        if (done % 100 === 0) process.stderr.write(`${localized('cli.digests.checked', { count: done })}\n`);
      });
      if (report.due === 0) {
        console.log(localized('cli.digests.none', { days: digestIntervalDays }));
        return;
      }
      console.log(localized('cli.digests.done', { due: report.due, sent: report.sent }));
      console.log(await deliverNow(deps));
    },
    { existingData: true },
  );
}
