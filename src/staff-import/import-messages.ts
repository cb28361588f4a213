// Words of the import that zod's issues do not cover: reading a cell and matching people.
import type { Locale, Localized } from '../i18n/locale.js';
import { fill } from '../i18n/locale.js';

const messages = {
  date: { ru: 'дата в формате ДД.ММ.ГГГГ', en: 'a date as DD.MM.YYYY' },
  year: { ru: 'год четырьмя цифрами, например 2015', en: 'a four-digit year, e.g. 2015' },
  category: {
    ru: 'допустимые значения: без категории, первая, высшая, педагог-методист, педагог-наставник',
    en: 'allowed values: без категории, первая, высшая, педагог-методист, педагог-наставник',
  },
  fullName: {
    ru: 'укажите фамилию и имя (и отчество) через пробел',
    en: 'give the last and first name (and middle name) separated by spaces',
  },
  duplicate: {
    ru: 'тот же работник, что в строке {row}',
    en: 'the same person as in row {row}',
  },
  archived: {
    ru: 'работник в архиве — верните его из архива, чтобы обновить',
    en: 'the person is archived; restore them to update',
  },
  missingColumn: { ru: 'в файле нет столбца', en: 'the file has no such column' },
} as const satisfies Record<string, Localized>;

export type ImportMessage = keyof typeof messages;

export function importMessage(key: ImportMessage, locale: Locale, params: Record<string, string | number> = {}) {
  return fill(messages[key][locale], params);
}
