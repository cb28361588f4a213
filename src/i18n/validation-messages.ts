// Turns zod issues into plain Russian or English sentences. Shared by the API and the web forms,
// so a rule reads the same wherever it is broken.
import type { Locale, Localized } from './locale.js';
import { fill } from './locale.js';

/** Messages that schemas name by key (`message: 'v.birthDateInFuture'`). */
export const validationMessages: Record<string, Localized> = {
  'v.required': { ru: 'обязательное поле', en: 'is required' },
  'v.birthDateInFuture': { ru: 'не может быть в будущем', en: 'cannot be in the future' },
  'v.birthDateTooOld': { ru: 'слишком ранняя дата', en: 'is too far in the past' },
  'v.tooYoung': { ru: 'работнику должно быть не меньше 16 лет', en: 'the employee must be at least 16' },
  'v.hiredBeforeBirth': { ru: 'дата приёма раньше даты рождения', en: 'is before the date of birth' },
  'v.hiredInFuture': { ru: 'не может быть в будущем', en: 'cannot be in the future' },
  'v.teachingBeforeAge14': {
    ru: 'педагогический стаж не может начинаться раньше 14 лет',
    en: 'teaching cannot start before age 14',
  },
  'v.teachingInFuture': { ru: 'год ещё не наступил', en: 'the year has not come yet' },
  'v.phone': {
    ru: 'укажите номер цифрами, например +7 912 345-67-89',
    en: 'use digits, e.g. +7 912 345-67-89',
  },
  'v.login': {
    ru: 'латинские буквы, цифры, точка, дефис и подчёркивание, от 3 до 64 знаков',
    en: 'Latin letters, digits, dot, hyphen and underscore, 3 to 64 characters',
  },
  'v.passwordShort': { ru: 'не короче 8 знаков', en: 'at least 8 characters' },
  'v.passwordSame': { ru: 'совпадает с текущим', en: 'is the same as the current one' },
  'v.rolesEmpty': { ru: 'выберите хотя бы одну роль', en: 'choose at least one role' },
  'v.cursor': {
    ru: 'неверная позиция списка — начните с первой страницы',
    en: 'bad list position, start from the first page',
  },
  'v.orderSuffix': { ru: 'буквы и цифры, до 10 знаков, например «од»', en: 'letters and digits, up to 10, e.g. «од»' },
  'v.unknownDifficulty': {
    ru: 'нет такого пункта в каталоге затруднений',
    en: 'no such entry in the catalogue of difficulties',
  },
  'v.unknownMentor': { ru: 'нет такого наставника в банке', en: 'no such mentor in the bank' },
  'v.unknownMentee': { ru: 'нет такого наставляемого в банке', en: 'no such mentee in the bank' },
  'v.notChosenBy': {
    ru: 'этот наставляемый не называл вас желаемым наставником',
    en: 'this mentee has not named you as a preferred mentor',
  },
  'v.programTerm': {
    ru: 'срок программы — от 3 до 12 месяцев',
    en: 'a program lasts from 3 to 12 months',
  },
  'v.endNotLater': { ru: 'новая дата окончания должна быть позже прежней', en: 'must be later than the current end' },
  'v.consentOfAll': {
    ru: 'нужно согласие всех участников программы',
    en: 'every participant of the program must consent',
  },
  'v.sameMentor': { ru: 'это тот же наставник', en: 'this is the same mentor' },
  'v.newMentorAgreement': {
    ru: 'нужно письменное согласие нового наставника',
    en: 'the new mentor must agree in writing',
  },
  'v.terminationReason': {
    ru: 'одно из оснований §7: mentor-initiative, mentee-initiative, mutual, curator-initiative',
    en: 'one of the §7 grounds: mentor-initiative, mentee-initiative, mutual, curator-initiative',
  },
  'v.unknownGroup': { ru: 'нет такой пары (группы)', en: 'no such pair or group' },
  'v.groupNotAgreed': {
    ru: 'программу составляют для согласованной или действующей пары (группы)',
    en: 'a program is drafted for an agreed or active pair or group',
  },
  'v.unknownTemplate': { ru: 'нет такого шаблона программы', en: 'no such program template' },
  'v.unknownProgram': { ru: 'нет такой программы в банке программ', en: 'no such program in the program bank' },
  'v.mentorNotAvailable': { ru: 'наставник сейчас не принимает наставляемых', en: 'the mentor is not available' },
  'v.menteeNotSearching': { ru: 'наставляемый не в поиске наставника', en: 'the mentee is not searching for a mentor' },
  'v.notParticipant': { ru: 'не участник этой пары (группы)', en: 'not a participant of this pair or group' },
  'v.surveyKey': { ru: 'латинские буквы, цифры и дефис', en: 'Latin letters, digits and hyphens' },
  'v.surveyOptions': {
    ru: 'варианты ответа нужны только вопросам с выбором, и там хотя бы один',
    en: 'options belong to choice questions only, and they need at least one',
  },
  'v.surveyWindow': { ru: 'окончание раньше начала', en: 'ends before it starts' },
  'v.answerType': {
    ru: 'ответ не того вида, что задан вопросом',
    en: 'the answer is not of the kind the question asks',
  },
  'v.unknownOption': { ru: 'нет такого варианта ответа', en: 'no such option' },
  'v.unknownQuestion': { ru: 'в анкете нет такого вопроса', en: 'the survey has no such question' },
  'v.scaleRange': { ru: 'значение вне шкалы', en: 'the value is outside the scale' },
  'v.dateInFuture': { ru: 'дата ещё не наступила', en: 'the date has not come yet' },
  'v.withdrawnBeforeGiven': {
    ru: 'отзыв не может быть раньше даты согласия',
    en: 'cannot be before the consent was given',
  },
  'v.repeated': { ru: 'значения повторяются', en: 'values repeat' },
  'v.unknownRecord': { ru: 'нет такой записи в организации', en: 'no such record in the organization' },
  'consent.personal-data': {
    ru: 'нет согласия на обработку персональных данных',
    en: 'no consent to the processing of personal data',
  },
  'consent.mentor-role': {
    ru: 'нет согласия на назначение наставником',
    en: 'no consent to being appointed a mentor',
  },
  'consent.extra-duties': {
    ru: 'нет согласия на дополнительные обязанности наставничества',
    en: 'no consent to the additional duties of mentoring',
  },
  'consent.publication': {
    ru: 'нет согласия на публикацию сведений на сайте',
    en: 'no consent to publishing details on the website',
  },
};

export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  expected?: unknown;
  format?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  values?: readonly unknown[];
  input?: unknown;
}

const words: Record<string, Localized> = {
  required: { ru: 'обязательное поле', en: 'is required' },
  expectedString: { ru: 'ожидается текст', en: 'must be text' },
  expectedNumber: { ru: 'ожидается число', en: 'must be a number' },
  expectedInt: { ru: 'ожидается целое число', en: 'must be a whole number' },
  expectedBool: { ru: 'ожидается да/нет', en: 'must be true or false' },
  expectedArray: { ru: 'ожидается список', en: 'must be a list' },
  expectedObject: { ru: 'ожидается объект', en: 'must be an object' },
  wrongType: { ru: 'неверный тип значения', en: 'has the wrong type' },
  date: { ru: 'дата в формате ГГГГ-ММ-ДД', en: 'a date as YYYY-MM-DD' },
  email: { ru: 'неверный адрес электронной почты', en: 'is not a valid e-mail address' },
  uuid: { ru: 'неверный идентификатор', en: 'is not a valid identifier' },
  format: { ru: 'неверный формат', en: 'has a wrong format' },
  tooShortString: { ru: 'не короче {n} знаков', en: 'at least {n} characters' },
  tooLongString: { ru: 'не длиннее {n} знаков', en: 'at most {n} characters' },
  notEmpty: { ru: 'не может быть пустым', en: 'cannot be empty' },
  tooSmallNumber: { ru: 'не меньше {n}', en: 'at least {n}' },
  tooBigNumber: { ru: 'не больше {n}', en: 'at most {n}' },
  tooFewItems: { ru: 'не меньше {n} элементов', en: 'at least {n} items' },
  tooManyItems: { ru: 'не больше {n} элементов', en: 'at most {n} items' },
  oneOf: { ru: 'допустимые значения: {values}', en: 'allowed values: {values}' },
  unknownKeys: { ru: 'лишние поля', en: 'unknown fields' },
  invalid: { ru: 'неверное значение', en: 'is not valid' },
};

function w(key: keyof typeof words, locale: Locale, params?: Record<string, string | number>): string {
  return fill(words[key][locale], params ?? {});
}

function boundary(value: unknown, inclusive: boolean | undefined, kind: 'min' | 'max'): number {
  const n = typeof value === 'bigint' ? Number(value) : Number(value);
  if (inclusive === false) return kind === 'min' ? n + 1 : n - 1;
  return n;
}

/** A human message for one issue, without the field's name. */
export function describeIssue(issue: IssueLike, locale: Locale): string {
  const keyed = validationMessages[issue.message];
  if (keyed) return keyed[locale];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return w('required', locale);
      const expected = String(issue.expected);
      if (expected === 'string') return w('expectedString', locale);
      if (expected === 'number') return w('expectedNumber', locale);
      if (expected === 'int') return w('expectedInt', locale);
      if (expected === 'boolean') return w('expectedBool', locale);
      if (expected === 'array') return w('expectedArray', locale);
      if (expected === 'object') return w('expectedObject', locale);
      return w('wrongType', locale);
    }
    case 'invalid_format': {
      if (issue.format === 'date') return w('date', locale);
      if (issue.format === 'email') return w('email', locale);
      if (issue.format === 'uuid' || issue.format === 'guid') return w('uuid', locale);
      return w('format', locale);
    }
    case 'too_small': {
      const n = boundary(issue.minimum, issue.inclusive, 'min');
      if (issue.origin === 'string') return n <= 1 ? w('notEmpty', locale) : w('tooShortString', locale, { n });
      if (issue.origin === 'array' || issue.origin === 'set') return w('tooFewItems', locale, { n });
      return w('tooSmallNumber', locale, { n });
    }
    case 'too_big': {
      const n = boundary(issue.maximum, issue.inclusive, 'max');
      if (issue.origin === 'string') return w('tooLongString', locale, { n });
      if (issue.origin === 'array' || issue.origin === 'set') return w('tooManyItems', locale, { n });
      return w('tooBigNumber', locale, { n });
    }
    case 'invalid_value':
      return w('oneOf', locale, { values: (issue.values ?? []).map(String).join(', ') });
    case 'unrecognized_keys':
      return w('unknownKeys', locale);
    default:
      return w('invalid', locale);
  }
}
