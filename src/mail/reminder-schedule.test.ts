import { describe, expect, it } from 'vitest';
import { scheduleReminders } from './reminder-schedule.js';

describe('the reminders’ schedule', () => {
  it('runs once a day from 07:00 local time, and again after a failed round', async () => {
    let now = new Date(2026, 10, 24, 6, 30);
    const days: string[] = [];
    let fail = false;
    const errors: unknown[] = [];
    const schedule = scheduleReminders({
      manual: true,
      now: () => now,
      run: async (day) => {
        days.push(day);
        if (fail) throw new Error('smtp down');
      },
      onError: (e) => errors.push(e),
    });
    await schedule.tick();
    expect(days).toEqual([]);
    now = new Date(2026, 10, 24, 7, 0);
    await schedule.tick();
    now = new Date(2026, 10, 24, 7, 30);
    await schedule.tick();
    expect(days).toEqual(['2026-11-24']);

    fail = true;
    now = new Date(2026, 10, 25, 8, 0);
    await schedule.tick();
    expect(errors).toHaveLength(1);
    fail = false;
    await schedule.tick();
    await schedule.tick();
    expect(days).toEqual(['2026-11-24', '2026-11-25', '2026-11-25']);

    await schedule.stop();
    now = new Date(2026, 10, 26, 9, 0);
    await schedule.tick();
    expect(days).toHaveLength(3);
  });

  it('does not start a second round while one is running', async () => {
    let release: () => void = () => {};
    let runs = 0;
    const schedule = scheduleReminders({
      manual: true,
      now: () => new Date(2026, 10, 24, 12, 0),
      run: () => {
        runs++;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      onError: () => {},
    });
    const first = schedule.tick();
    const second = schedule.tick();
    release();
    await Promise.all([first, second]);
    expect(runs).toBe(1);
    await schedule.stop();
  });
});
