/**
 * `icat send-digests`: mails each person who chose a weekly digest for a working group the posts made
 * there since their last digest. A digest is due a week after the previous one, so the command is
 * safe to run daily (cron) or as often as you like: nobody gets two digests in a week.
 */
import { migrateToLatest } from '../db/migrate';
import { digestIntervalDays, sendDigests } from '../features/groups/notifications.service';
import { withContext } from './context';
import { deliverNow } from './deliver-mail';

export async function runSendDigests(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const report = await sendDigests(deps, (done) => {
      if (done % 100 === 0) process.stderr.write(`  ${done} subscription(s) checked…\n`);
    });
    if (report.due === 0) {
      console.log(`No digest is due (each is sent ${digestIntervalDays} days after the previous one).`);
      return;
    }
    console.log(`${report.due} digest subscription(s) due; ${report.sent} digest(s) queued, the others had no new post.`);
    console.log(await deliverNow(deps));
  }, { existingData: true });
}
