// The server's e-mail reminders: with SMTP_URL set, the day's program letters go out on schedule;
// without it nothing is scheduled (the reminders stay in the app).
import type { BaseLogger } from 'pino';
import type { Env } from '../config/env.js';
import type { Db } from '../db/client.js';
import { smtpMailer } from './mailer.js';
import { runReminderRound } from './reminder-round.js';
import { type ReminderSchedule, scheduleReminders } from './reminder-schedule.js';

export function startReminders(
  db: Db,
  env: Pick<Env, 'SMTP_URL' | 'PUBLIC_URL'>,
  appUrl: string,
  log: Pick<BaseLogger, 'info' | 'warn' | 'error'>,
): ReminderSchedule | null {
  if (!env.SMTP_URL) return null;
  const mailer = smtpMailer(env.SMTP_URL, env.PUBLIC_URL);
  const schedule = scheduleReminders({
    run: (day) => runReminderRound(db, { day, appUrl: appUrl.replace(/\/+$/, ''), mailer, log }),
    onError: (err) => log.error({ err }, 'program reminders: the round failed, will try again'),
  });
  log.info({ from: mailer.from }, 'program reminders by e-mail are on');
  return {
    tick: schedule.tick,
    async stop() {
      await schedule.stop();
      mailer.close();
    },
  };
}
