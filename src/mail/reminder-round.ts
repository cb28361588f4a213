// One day's round of program letters over every organization. Each letter is claimed first by a
// row in mail_deliveries (organization, address, topic, day): only the instance whose insert went in
// sends it, so repeated rounds and several servers never send a letter twice. The body is never logged.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { BaseLogger } from 'pino';
import type { Db } from '../db/client.js';
import { organizations } from '../organizations/organizations-table.js';
import type { IsoDate } from '../shared/dates.js';
import { digestRecipients } from './digest-recipients.js';
import { mailDeliveries } from './mail-table.js';
import type { Mailer } from './mailer.js';
import { digestSummary, type Letter, programDigest } from './program-digest.js';

export const digestTopic = 'program-digest';

export interface RoundOptions {
  day: IsoDate;
  /** The web app's address for the links. */
  appUrl: string;
  /** Null for a dry run: the letters are made and listed, nothing is claimed or sent. */
  mailer: Mailer | null;
  log: Pick<BaseLogger, 'info' | 'warn' | 'error'>;
  /** Only these organizations (tests); all of them by default. */
  orgIds?: readonly string[];
}

export interface RoundLetter {
  orgId: string;
  orgName: string;
  to: string;
  letter: Letter;
  /** What the letter holds, in counts (see `digestSummary`). */
  summary: string;
  /** planned: a dry run's letter; already: claimed earlier the same day (here or by another instance). */
  outcome: 'planned' | 'already' | 'sent' | 'failed';
  error?: string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

export async function runReminderRound(db: Db, options: RoundOptions): Promise<RoundLetter[]> {
  const { day, mailer, log } = options;
  const orgs = await db
    .select({ id: organizations.id, name: organizations.shortName })
    .from(organizations)
    .where(options.orgIds ? inArray(organizations.id, [...options.orgIds]) : undefined)
    .orderBy(asc(organizations.shortName), asc(organizations.id));
  const letters: RoundLetter[] = [];
  for (const org of orgs) {
    try {
      const recipients = await digestRecipients(db, org.id, day);
      const claimed = mailer
        ? new Set<string>()
        : new Set(
            (
              await db
                .select({ recipient: mailDeliveries.recipient })
                .from(mailDeliveries)
                .where(
                  and(
                    eq(mailDeliveries.orgId, org.id),
                    eq(mailDeliveries.topic, digestTopic),
                    eq(mailDeliveries.day, day),
                  ),
                )
            ).map((r) => r.recipient.toLowerCase()),
          );
      for (const r of recipients) {
        const letter = programDigest({ appUrl: options.appUrl, orgId: org.id, orgName: org.name, day, ...r });
        if (!letter) continue;
        const base = { orgId: org.id, orgName: org.name, to: r.email, letter, summary: digestSummary(r.own, r.org) };
        if (!mailer) {
          letters.push({ ...base, outcome: claimed.has(r.email.toLowerCase()) ? 'already' : 'planned' });
          continue;
        }
        letters.push(await deliver(db, mailer, log, base, day));
      }
    } catch (error) {
      // One organization's trouble does not keep the others' letters back.
      log.error({ err: error, orgId: org.id, day }, 'program reminders: the organization was skipped');
    }
  }
  const count = (outcome: RoundLetter['outcome']) => letters.filter((l) => l.outcome === outcome).length;
  log.info(
    { day, sent: count('sent'), failed: count('failed'), already: count('already'), planned: count('planned') },
    'program reminders: round done',
  );
  return letters;
}

async function deliver(
  db: Db,
  mailer: Mailer,
  log: RoundOptions['log'],
  base: Omit<RoundLetter, 'outcome'>,
  day: IsoDate,
): Promise<RoundLetter> {
  const [claim] = await db
    .insert(mailDeliveries)
    .values({ orgId: base.orgId, recipient: base.to.toLowerCase(), topic: digestTopic, day })
    .onConflictDoNothing()
    .returning({ id: mailDeliveries.id });
  if (!claim) return { ...base, outcome: 'already' };
  try {
    await mailer.send({ to: base.to, ...base.letter });
    await db
      .update(mailDeliveries)
      .set({ status: 'sent', sentAt: new Date() })
      .where(and(eq(mailDeliveries.orgId, base.orgId), eq(mailDeliveries.id, claim.id)));
    log.info({ orgId: base.orgId, deliveryId: claim.id }, 'program reminder sent');
    return { ...base, outcome: 'sent' };
  } catch (error) {
    const message = errorText(error);
    await db
      .update(mailDeliveries)
      .set({ status: 'failed', error: message })
      .where(and(eq(mailDeliveries.orgId, base.orgId), eq(mailDeliveries.id, claim.id)));
    log.warn({ orgId: base.orgId, deliveryId: claim.id, error: message }, 'program reminder not sent');
    return { ...base, outcome: 'failed', error: message };
  }
}
