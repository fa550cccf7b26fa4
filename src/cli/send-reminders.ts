/**
 * `icat send-reminders`: mails the focal points of organizations that have not handed in their
 * progress reports, 7 days or less before a reporting deadline. Each person gets one reminder per
 * period, so it is safe to run every day (cron) or as often as you like.
 */
import { migrateToLatest } from '../db/migrate';
import { sendReminders } from '../features/progress/progress.service';
import { commandLineActor } from '../policy/actor';
import { withContext } from './context';
import { deliverNow } from './deliver-mail';

export async function runSendReminders(): Promise<void> {
  await withContext(async ({ database, deps }) => {
    await migrateToLatest(database.db);
    const result = await sendReminders(deps, commandLineActor('icat send-reminders'));
    if (result.periods.length === 0) {
      console.log('No open reporting period has its deadline within 7 days: no reminder to send.');
      return;
    }
    for (const period of result.periods) console.log(`Reporting period ${period.label} (${period.year}), deadline ${period.deadline}`);
    for (const sent of result.sent) console.log(`  reminded ${sent.email} (${sent.entity}, ${sent.period})`);
    console.log(`${result.sent.length} reminder(s) queued, ${result.alreadySent} already sent before.`);
    console.log(await deliverNow(deps));
  }, { existingData: true });
}
