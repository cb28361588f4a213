import { describe, expect, it } from 'vitest';
import { staffCreateSchema } from '../staff/staff-contract.js';
import { labelForPath } from './field-labels.js';
import { fill, localeFromAcceptLanguage } from './locale.js';
import { describeIssue, validationMessages } from './validation-messages.js';

function messagesFor(input: unknown, locale: 'ru' | 'en') {
  const result = staffCreateSchema.safeParse(input, { reportInput: true });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), describeIssue(i, locale)]));
}

describe('validation messages', () => {
  it('words the common mistakes in plain Russian', () => {
    expect(
      messagesFor(
        { lastName: '', firstName: 'А'.repeat(101), position: 'Учитель', email: 'x', subjects: 'Математика' },
        'ru',
      ),
    ).toEqual({
      lastName: 'не может быть пустым',
      firstName: 'не длиннее 100 знаков',
      email: 'неверный адрес электронной почты',
      subjects: 'ожидается список',
    });
    expect(messagesFor({ firstName: 'Анна', position: 'Учитель' }, 'ru')).toEqual({ lastName: 'обязательное поле' });
    expect(messagesFor({ lastName: 'И', firstName: 'А', position: 'У', qualificationCategory: 'top' }, 'ru')).toEqual({
      qualificationCategory: 'допустимые значения: none, first, highest, methodist, mentor',
    });
  });

  it('has both languages for every keyed message', () => {
    for (const [key, text] of Object.entries(validationMessages)) {
      expect(text.ru, key).toMatch(/\p{Script=Cyrillic}/u);
      expect(text.en, key).toMatch(/[a-z]{3}/);
      expect(text.en, key).not.toEqual(text.ru);
    }
  });

  it('labels fields and picks the language from Accept-Language', () => {
    expect(labelForPath(['director', 'login'], 'ru')).toBe('Логин');
    expect(labelForPath([0, 'unknownField'], 'ru')).toBeNull();
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,ru;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage(undefined)).toBe('ru');
    expect(fill('{a} и {b}', { a: 1 })).toBe('1 и {b}');
  });
});
