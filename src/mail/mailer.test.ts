import { describe, expect, it } from 'vitest';
import { smtpSettings } from './mailer.js';

describe('SMTP settings from SMTP_URL', () => {
  it('takes the sender from ?from= and leaves the rest to the transport', () => {
    const s = smtpSettings(
      'smtps://u:p%40ss@mail.school.ru:465?from=mentor%40school.ru&tls.rejectUnauthorized=false',
      undefined,
    );
    expect(s.from).toBe('mentor@school.ru');
    expect(s.transportUrl).toBe('smtps://u:p%40ss@mail.school.ru:465?tls.rejectUnauthorized=false');
  });

  it('writes from nastavnik@ the host of PUBLIC_URL, else localhost', () => {
    expect(smtpSettings('smtp://mail.school.ru:587', 'https://mentor.school.ru/').from).toBe(
      'nastavnik@mentor.school.ru',
    );
    expect(smtpSettings('smtp://mail.school.ru:587?from=', undefined)).toEqual({
      transportUrl: 'smtp://mail.school.ru:587',
      from: 'nastavnik@localhost',
    });
  });
});
