/**
 * `icat send-reminders`: mails the focal points of organizations that have not handed in their
 * progress reports, 7 days or less before a reporting deadline. Each person gets one reminder per
 * period, so it is safe to run every day (cron) or as often as you like.
 */
import { migrateToLatest } from '../db/migrate';
import { sendReminders } from '../features/progress/progress.service';
import { commandLineActor } from '../policy/actor';
import { localized } from '../lib/i18n';
import { withContext } from './context';
import { deliverNow } from './deliver-mail';

export async function runSendReminders(): Promise<void> {
  await withContext(
    async ({ database, deps }) => {
      await migrateToLatest(database.db);
      const result = await sendReminders(deps, commandLineActor('icat send-reminders'));
      if (result.periods.length === 0) {
        console.log(localized('cli.reminders.none'));
        return;
      }
      for (const period of result.periods) console.log(localized('cli.reminders.period', { label: period.label, year: String(period.year), deadline: period.deadline }));
      for (const sent of result.sent) console.log(localized('cli.reminders.sent', { email: sent.email, entity: sent.entity, period: sent.period }));
      console.log(localized('cli.reminders.done', { count: result.sent.length, already: result.alreadySent }));
      console.log(await deliverNow(deps));
    },
    { existingData: true },
  );
}
