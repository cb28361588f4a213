import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env.js';

describe('environment', () => {
  it('has working defaults', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', LOG_LEVEL: 'info' });
    expect(env.dataDir.endsWith('/data')).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['PUBLIC_URL', 'not a url'],
    ['SMTP_URL', 'http://mail'],
    ['LOG_LEVEL', 'loud'],
    ['SESSION_SECRET', 'short'],
  ])('names the variable when %s=%s is wrong', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(EnvError);
    try {
      readEnv({ [name]: value });
    } catch (error) {
      expect((error as EnvError).variable).toBe(name);
      expect((error as Error).message.startsWith(`${name}:`)).toBe(true);
    }
  });

  it('treats empty values as unset', () => {
    expect(readEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });
});
