// Refusals of the mentoring work itself: consents and the banks, pairs and groups, network
// mentoring, programs and their changes. Part of the error catalogue.
import type { ErrorSpec } from './catalogue.js';

export const mentoringErrors = {
  CONSENT_REQUIRED: {
    status: 409,
    title: { ru: 'Нет согласия работника', en: 'Consent missing' },
    detail: {
      ru: 'Нужно действующее письменное согласие работника: {missing}. Оформите его в карточке работника и повторите.',
      en: 'The staff member’s written consent is needed: {missing}. Record it on their card and try again.',
    },
  },
  CONSENT_ACTIVE: {
    status: 409,
    title: { ru: 'Согласие уже оформлено', en: 'Consent already given' },
    detail: {
      ru: 'У работника уже есть действующее согласие этого вида.',
      en: 'The staff member already has a valid consent of this kind.',
    },
  },
  ALREADY_WITHDRAWN: {
    status: 409,
    title: { ru: 'Согласие уже отозвано', en: 'Already withdrawn' },
    detail: { ru: 'Это согласие уже отозвано.', en: 'This consent has already been withdrawn.' },
  },
  ALREADY_IN_BANK: {
    status: 409,
    title: { ru: 'Работник уже в банке', en: 'Already in the bank' },
    detail: {
      ru: 'Этот работник уже есть в банке; откройте его запись.',
      en: 'This staff member is already in the bank; open their entry.',
    },
  },
  BANK_ENTRY_CLOSED: {
    status: 409,
    title: { ru: 'Запись исключена из банка', en: 'Entry closed' },
    detail: {
      ru: 'Запись исключена из банка (статус «{status}») и не изменяется. Добавьте работника заново.',
      en: 'The entry has left the bank (status "{status}") and cannot be changed. Add the person again.',
    },
  },
  PROGRAM_EXISTS: {
    status: 409,
    title: { ru: 'Программа уже есть', en: 'A program exists' },
    detail: {
      ru: 'У этой пары (группы) уже есть программа, которая не завершена. Измените её или завершите, прежде чем составлять новую.',
      en: 'This pair or group already has a program that has not ended. Change it or end it before drafting another.',
    },
  },
  PROGRAM_ACTION_NOT_ALLOWED: {
    status: 409,
    title: { ru: 'Действие сейчас невозможно', en: 'Not possible now' },
    detail: {
      ru: 'Программа в статусе «{status}»: действие «{action}» невозможно. Возможные действия: {allowed}.',
      en: 'The program is «{status}»: «{action}» is not possible. Possible now: {allowed}.',
    },
  },
  PROGRAM_CHANGE_PENDING: {
    status: 409,
    title: { ru: 'Изменение ждёт приказа', en: 'A change awaits an order' },
    detail: {
      ru: 'У программы уже есть изменение, которое ждёт подписания приказа «{order}». Подпишите приказ или отзовите изменение.',
      en: 'The program already has a change waiting for the order «{order}» to be signed. Sign the order or withdraw the change.',
    },
  },
  PROGRAM_CHANGE_SETTLED: {
    status: 409,
    title: { ru: 'Изменение уже не ждёт приказа', en: 'The change no longer waits' },
    detail: {
      ru: 'Это изменение уже применено или отозвано.',
      en: 'This change has already been applied or withdrawn.',
    },
  },
  PROGRAM_ALREADY_AGREED: {
    status: 409,
    title: { ru: 'Согласие уже записано', en: 'Already agreed' },
    detail: {
      ru: 'Согласие этого участника с программой уже записано.',
      en: 'This participant’s agreement is already recorded.',
    },
  },
  PROGRAM_PLAN_NOT_DONE: {
    status: 409,
    title: { ru: 'План ещё не выполнен', en: 'The plan is not done' },
    detail: {
      ru: 'В плане остались мероприятия, которые не выполнены и не исключены: {open}. Отметьте их, прежде чем завершать программу, или прекратите её с указанием основания.',
      en: 'The plan still has activities neither done nor dropped: {open}. Mark them before completing the program, or end it with a reason.',
    },
  },
  PROGRAM_NOT_STARTED_YET: {
    status: 409,
    title: { ru: 'Срок программы ещё не наступил', en: 'Too early' },
    detail: { ru: 'Программа начинается {startsOn}.', en: 'The program begins on {startsOn}.' },
  },
  PROGRAM_REQUEST_DECIDED: {
    status: 409,
    title: { ru: 'Решение уже принято', en: 'Already decided' },
    detail: { ru: 'По этому обращению решение уже принято.', en: 'This request has already been decided.' },
  },
  MENTEE_TAKEN: {
    status: 409,
    title: { ru: 'Наставляемый уже в паре или группе', en: 'Mentee already taken' },
    detail: {
      ru: 'Наставляемый уже входит в предложенную, согласованную или действующую пару (группу): {menteeIds}.',
      en: 'The mentee is already in a proposed, agreed or active pair or group: {menteeIds}.',
    },
  },
  CAPACITY_EXCEEDED: {
    status: 409,
    title: { ru: 'У наставника нет свободных мест', en: 'Mentor capacity exceeded' },
    detail: {
      ru: 'Наставник может вести не больше {capacity} наставляемых; занято {taken}, предложено ещё {asked}.',
      en: 'The mentor takes at most {capacity} mentees; {taken} are taken and {asked} more were proposed.',
    },
  },
  GROUP_NOT_PROPOSED: {
    status: 409,
    title: { ru: 'Согласование завершено', en: 'No longer proposed' },
    detail: {
      ru: 'Пара (группа) в состоянии «{status}»; решения участников принимаются только у предложенной.',
      en: 'The pair or group is «{status}»; participants decide only while it is proposed.',
    },
  },
  AGREEMENT_RECORDED: {
    status: 409,
    title: { ru: 'Решение уже записано', en: 'Decision already recorded' },
    detail: {
      ru: 'Решение этого участника уже записано.',
      en: 'This participant’s decision has already been recorded.',
    },
  },
  NETWORK_NOT_ALLOWED: {
    status: 403,
    title: { ru: 'Сетевое наставничество не разрешено', en: 'Network mentoring is not allowed' },
    detail: {
      ru: 'Наставников из других школ можно подбирать, только если это разрешено в настройках муниципалитета или региона, а наставник готов к сетевому наставничеству.',
      en: 'Mentors from other schools may be chosen only where the municipality or region allows it and the mentor takes cross-school mentoring.',
    },
  },
  NETWORK_REQUEST_DECIDED: {
    status: 409,
    title: { ru: 'Решение по запросу уже принято', en: 'Request already decided' },
    detail: {
      ru: 'По этому запросу школа уже ответила: «{decision}».',
      en: 'The school has already answered this request: «{decision}».',
    },
  },
} as const satisfies Record<string, ErrorSpec>;
