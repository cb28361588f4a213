// `nastavnik remind [--day YYYY-MM-DD] [--dry-run]`: the day's program letters now, as the server
// sends them each morning; a repeat the same day sends nothing twice. --dry-run lists who would get
// what and neither claims nor sends.
import pino from 'pino';
import { isDemoDatabase } from '../../db/system-settings.js';
import { smtpMailer } from '../../mail/mailer.js';
import { runReminderRound } from '../../mail/reminder-round.js';
import { formatRuDate, isValidIsoDate, todayIso } from '../../shared/dates.js';
import { type ParsedArgs, UsageError } from '../args.js';
import { openMigrated } from '../runtime.js';

const outcomes = { planned: 'будет отправлено', already: 'уже отправлено', sent: 'отправлено', failed: 'ошибка' };

export async function remind(args: ParsedArgs): Promise<void> {
  const dayOption = args.options.get('day');
  const day = typeof dayOption === 'string' ? dayOption : todayIso();
  if (!isValidIsoDate(day)) throw new UsageError(`--day: not a date (YYYY-MM-DD): ${day}`);
  const dryRun = args.options.get('dry-run') === true;

  const { env, database } = await openMigrated();
  try {
    if (!dryRun && !env.SMTP_URL)
      throw new UsageError('SMTP_URL is not set: nothing to send with (--dry-run shows the letters)');
    if (!dryRun && (await isDemoDatabase(database.db))) {
      throw new UsageError('a demo database: its people and addresses are made up (--dry-run shows the letters)');
    }
    const mailer = dryRun || !env.SMTP_URL ? null : smtpMailer(env.SMTP_URL, env.PUBLIC_URL);
    const log = pino({ level: env.LOG_LEVEL }, pino.destination(2));
    const appUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    try {
      const letters = await runReminderRound(database.db, { day, appUrl, mailer, log });
      const count = (o: keyof typeof outcomes) => letters.filter((l) => l.outcome === o).length;
      console.log(
        dryRun
          ? `Проверка на ${formatRuDate(day)} (ничего не отправлено): писем ${count('planned')}, уже отправлено ${count('already')}.`
          : `Напоминания на ${formatRuDate(day)}: отправлено ${count('sent')}, с ошибкой ${count('failed')}, уже были отправлены ${count('already')}.`,
      );
      for (const l of letters) {
        console.log(`${l.orgName} → ${l.to} (${outcomes[l.outcome]}): ${l.summary}${l.error ? ` — ${l.error}` : ''}`);
      }
      if (count('failed') > 0) process.exitCode = 1;
    } finally {
      mailer?.close();
    }
  } finally {
    await database.close();
  }
}
