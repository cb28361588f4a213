// Every refusal the product can give: a stable code, its HTTP status and what people read.
// Clients switch on `code`; the words are for people and may change.
import type { Localized } from '../i18n/locale.js';
import { mentoringErrors } from './catalogue-mentoring.js';
import { paperErrors } from './catalogue-papers.js';

export interface ErrorSpec {
  status: number;
  title: Localized;
  detail: Localized;
}

/** Refusals common to every part: input, sign-in, rights, versions, records and the unexpected. */
const commonErrors = {
  VALIDATION_FAILED: {
    status: 422,
    title: { ru: 'Данные заполнены с ошибками', en: 'The data has errors' },
    detail: { ru: 'Исправьте отмеченные поля и повторите.', en: 'Correct the fields listed and try again.' },
  },
  BAD_REQUEST: {
    status: 400,
    title: { ru: 'Неверный запрос', en: 'Bad request' },
    detail: { ru: 'Запрос не удалось разобрать: {reason}.', en: 'The request could not be read: {reason}.' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: { ru: 'Неподдерживаемый формат', en: 'Unsupported media type' },
    detail: { ru: 'Отправьте данные в формате JSON.', en: 'Send the data as JSON.' },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    title: { ru: 'Слишком большой запрос', en: 'Request too large' },
    detail: { ru: 'Размер запроса превышает допустимый.', en: 'The request is larger than allowed.' },
  },
  UNAUTHENTICATED: {
    status: 401,
    title: { ru: 'Требуется вход', en: 'Sign-in required' },
    detail: { ru: 'Войдите в систему, чтобы продолжить.', en: 'Sign in to continue.' },
  },
  INVALID_CREDENTIALS: {
    status: 401,
    title: { ru: 'Неверный логин или пароль', en: 'Wrong login or password' },
    detail: { ru: 'Проверьте логин и пароль и попробуйте снова.', en: 'Check the login and password and try again.' },
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    title: { ru: 'Слишком много попыток', en: 'Too many attempts' },
    detail: {
      ru: 'Вход временно заблокирован. Повторите через {minutes} мин.',
      en: 'Sign-in is locked for now. Try again in {minutes} min.',
    },
  },
  FORBIDDEN: {
    status: 403,
    title: { ru: 'Недостаточно прав', en: 'Not allowed' },
    detail: {
      ru: 'Ваша роль не позволяет выполнить это действие.',
      en: 'Your role does not allow this action.',
    },
  },
  ORIGIN_MISMATCH: {
    status: 403,
    title: { ru: 'Запрос с чужого сайта', en: 'Cross-site request' },
    detail: {
      ru: 'Изменения принимаются только со страниц самой системы.',
      en: 'Changes are accepted only from the application’s own pages.',
    },
  },
  NOT_FOUND: {
    status: 404,
    title: { ru: 'Не найдено', en: 'Not found' },
    detail: {
      ru: 'Такой записи нет или она вам недоступна.',
      en: 'There is no such record, or it is not available to you.',
    },
  },
  STALE_VERSION: {
    status: 409,
    title: { ru: 'Запись уже изменена', en: 'The record has changed' },
    detail: {
      ru: 'Кто-то изменил запись, пока вы её редактировали (ваша версия {sent}, текущая {current}). Обновите страницу и внесите изменения снова.',
      en: 'Someone changed the record while you were editing it (your version {sent}, current {current}). Reload and make your changes again.',
    },
  },
  VERSION_REQUIRED: {
    status: 428,
    title: { ru: 'Не указана версия записи', en: 'Record version missing' },
    detail: {
      ru: 'Передайте версию, которую вы читали: заголовок If-Match или поле «version».',
      en: 'Send the version you read: an If-Match header or a "version" field.',
    },
  },
  ALREADY_ARCHIVED: {
    status: 409,
    title: { ru: 'Запись уже в архиве', en: 'Already archived' },
    detail: { ru: 'Эта запись уже перенесена в архив.', en: 'This record is already archived.' },
  },
  NOT_ARCHIVED: {
    status: 409,
    title: { ru: 'Запись не в архиве', en: 'Not archived' },
    detail: { ru: 'Вернуть из архива можно только архивную запись.', en: 'Only an archived record can be restored.' },
  },
  ARCHIVED_READ_ONLY: {
    status: 409,
    title: { ru: 'Запись в архиве', en: 'The record is archived' },
    detail: {
      ru: 'Архивную запись нельзя изменить. Сначала верните её из архива.',
      en: 'An archived record cannot be changed. Restore it first.',
    },
  },
  LOGIN_TAKEN: {
    status: 409,
    title: { ru: 'Логин занят', en: 'Login taken' },
    detail: { ru: 'Пользователь с логином «{login}» уже есть.', en: 'A user with the login "{login}" already exists.' },
  },
  WRONG_PASSWORD: {
    status: 422,
    title: { ru: 'Неверный текущий пароль', en: 'Wrong current password' },
    detail: { ru: 'Текущий пароль указан неверно.', en: 'The current password is wrong.' },
  },
  SETUP_DONE: {
    status: 409,
    title: { ru: 'Система уже настроена', en: 'Already set up' },
    detail: {
      ru: 'Первоначальная настройка уже выполнена. Войдите под своей учётной записью.',
      en: 'The initial set-up has been done already. Sign in with your account.',
    },
  },
  SELF_LOCKOUT: {
    status: 409,
    title: { ru: 'Нельзя заблокировать себя', en: 'Cannot lock yourself out' },
    detail: {
      ru: 'Собственную учётную запись нельзя отключить.',
      en: 'You cannot deactivate your own account.',
    },
  },
  DEMO_MISMATCH: {
    status: 409,
    title: { ru: 'База не демонстрационная', en: 'Not a demo database' },
    detail: {
      ru: 'Демонстрационный режим запускается только на демонстрационной базе.',
      en: 'Demo mode runs only on a demo database.',
    },
  },
  DUPLICATE_ENTRY: {
    status: 409,
    title: { ru: 'Такая запись уже есть', en: 'Duplicate entry' },
    detail: {
      ru: 'Запись с теми же данными уже существует.',
      en: 'An entry with the same data already exists.',
    },
  },
  INTERNAL: {
    status: 500,
    title: { ru: 'Внутренняя ошибка', en: 'Internal error' },
    detail: {
      ru: 'Что-то пошло не так. Мы записали ошибку в журнал; повторите попытку позже.',
      en: 'Something went wrong. The error was logged; please try again later.',
    },
  },
} as const satisfies Record<string, ErrorSpec>;

export const errorCatalogue = { ...commonErrors, ...mentoringErrors, ...paperErrors } as const;

export type ErrorCode = keyof typeof errorCatalogue;
