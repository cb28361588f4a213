// When the server sends the day's letters: it looks every 30 minutes and, from 07:00 in the
// server's time zone, runs the round unless today's has already been done here. A restart or a second
// instance repeats the round harmlessly (each letter is claimed once). The timers never keep the process alive.
import { type IsoDate, todayIso } from '../shared/dates.js';

export const reminderHour = 7;
export const checkEveryMs = 30 * 60_000;
/** The first look soon after start, when the database is warm. */
const firstCheckMs = 60_000;

export interface ReminderSchedule {
  /** One look at the clock; resolves when a round it started is over. */
  tick(): Promise<void>;
  /** No more rounds; waits for a running one to end. */
  stop(): Promise<void>;
}

export function scheduleReminders(options: {
  run: (day: IsoDate) => Promise<unknown>;
  onError: (error: unknown) => void;
  now?: () => Date;
  /** Without timers: the caller ticks (tests). */
  manual?: boolean;
}): ReminderSchedule {
  const now = options.now ?? (() => new Date());
  let doneFor: IsoDate | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    if (running) return running;
    const at = now();
    const day = todayIso(at);
    if (stopped || at.getHours() < reminderHour || doneFor === day) return;
    running = options
      .run(day)
      .then(
        () => {
          doneFor = day;
        },
        // A failed round is tried again at the next look.
        options.onError,
      )
      .finally(() => {
        running = null;
      });
    return running;
  };

  const first = options.manual ? null : setTimeout(() => void tick(), firstCheckMs).unref();
  const every = options.manual ? null : setInterval(() => void tick(), checkEveryMs).unref();
  return {
    tick,
    async stop() {
      stopped = true;
      if (first) clearTimeout(first);
      if (every) clearInterval(every);
      await running;
    },
  };
}
