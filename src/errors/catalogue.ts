// Every refusal the product can give: a stable code, its HTTP status and what people read.
// Clients switch on `code`; the words are for people and may change.
import type { Localized } from '../i18n/locale.js';

interface ErrorSpec {
  status: number;
  title: Localized;
  detail: Localized;
}

export const errorCatalogue = {
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
  SCAN_MISSING_FILE: {
    status: 400,
    title: { ru: 'Файл не передан', en: 'No file' },
    detail: {
      ru: 'Приложите скан согласия (PDF, JPEG или PNG) в поле «file» (multipart/form-data).',
      en: 'Attach the scanned consent (PDF, JPEG or PNG) in the "file" field (multipart/form-data).',
    },
  },
  SCAN_FILE_TYPE: {
    status: 415,
    title: { ru: 'Неподдерживаемый тип файла', en: 'Unsupported file type' },
    detail: {
      ru: 'Скан согласия принимается в формате PDF, JPEG или PNG.',
      en: 'A scanned consent is accepted as PDF, JPEG or PNG.',
    },
  },
  SCAN_TOO_LARGE: {
    status: 413,
    title: { ru: 'Файл слишком большой', en: 'File too large' },
    detail: { ru: 'Размер скана не должен превышать {megabytes} МБ.', en: 'The scan must not exceed {megabytes} MB.' },
  },
  SCAN_MISSING: {
    status: 404,
    title: { ru: 'Скан не приложен', en: 'No scan attached' },
    detail: { ru: 'К этому согласию скан не приложен.', en: 'No scan is attached to this consent.' },
  },
  IMPORT_FILE_MISSING: {
    status: 400,
    title: { ru: 'Файл не передан', en: 'No file' },
    detail: {
      ru: 'Приложите файл .xlsx или .csv в поле «file» (multipart/form-data).',
      en: 'Attach an .xlsx or .csv file in the "file" field (multipart/form-data).',
    },
  },
  IMPORT_FILE_TYPE: {
    status: 415,
    title: { ru: 'Неподдерживаемый тип файла', en: 'Unsupported file type' },
    detail: {
      ru: 'Загрузите таблицу Excel (.xlsx) или файл CSV (.csv).',
      en: 'Upload an Excel workbook (.xlsx) or a CSV file (.csv).',
    },
  },
  IMPORT_FILE_TOO_LARGE: {
    status: 413,
    title: { ru: 'Файл слишком большой', en: 'File too large' },
    detail: { ru: 'Размер файла не должен превышать {megabytes} МБ.', en: 'The file must not exceed {megabytes} MB.' },
  },
  IMPORT_FILE_UNREADABLE: {
    status: 400,
    title: { ru: 'Файл не читается', en: 'Unreadable file' },
    detail: {
      ru: 'Файл повреждён или не является книгой Excel. Сохраните его заново как .xlsx или .csv.',
      en: 'The file is damaged or not an Excel workbook. Save it again as .xlsx or .csv.',
    },
  },
  IMPORT_COLUMNS_MISSING: {
    status: 422,
    title: { ru: 'В файле нет нужных столбцов', en: 'Required columns missing' },
    detail: {
      ru: 'Первая строка таблицы должна содержать заголовки. Не найдены столбцы: {columns}. Скачайте шаблон, чтобы сверить названия.',
      en: 'The first row must hold the headers. Columns not found: {columns}. Download the template to check the names.',
    },
  },
  SURVEY_NOT_DRAFT: {
    status: 409,
    title: { ru: 'Анкета уже открыта', en: 'The survey is no longer a draft' },
    detail: {
      ru: 'Изменять вопросы можно только у черновика; открытая или закрытая анкета остаётся как есть.',
      en: 'Only a draft can be edited; an open or closed survey stays as it is.',
    },
  },
  SURVEY_STATUS_CONFLICT: {
    status: 409,
    title: { ru: 'Действие недоступно', en: 'Action not available' },
    detail: {
      ru: 'Анкета в состоянии «{status}»; это действие возможно только из состояния «{allowed}».',
      en: 'The survey is «{status}»; this action is only possible from «{allowed}».',
    },
  },
  SURVEY_NOT_OPEN: {
    status: 409,
    title: { ru: 'Анкета не принимает ответы', en: 'The survey is not taking answers' },
    detail: {
      ru: 'Анкета ещё не открыта или уже закрыта куратором.',
      en: 'The survey has not been opened yet or was closed by the curator.',
    },
  },
  SURVEY_OUTSIDE_WINDOW: {
    status: 409,
    title: { ru: 'Вне сроков анкетирования', en: 'Outside the survey period' },
    detail: {
      ru: 'Ответы принимаются с {opensOn} по {closesOn}.',
      en: 'Answers are taken from {opensOn} to {closesOn}.',
    },
  },
  SURVEY_ALREADY_ANSWERED: {
    status: 409,
    title: { ru: 'Вы уже ответили', en: 'Already answered' },
    detail: {
      ru: 'На эту анкету можно ответить один раз.',
      en: 'This survey takes one answer per person.',
    },
  },
  SURVEY_NOT_IN_AUDIENCE: {
    status: 403,
    title: { ru: 'Анкета не для вас', en: 'Not among the respondents' },
    detail: {
      ru: 'Эта анкета адресована другим участникам.',
      en: 'This survey is addressed to other people.',
    },
  },
  SURVEY_KIND_MISMATCH: {
    status: 409,
    title: { ru: 'Ответ не переносится в банк', en: 'The answer cannot feed a bank' },
    detail: {
      ru: 'В банки переносятся только именные ответы анкет выявления затруднений и потенциальных наставников.',
      en: 'Only named answers of needs-assessment and mentor-candidate surveys feed the banks.',
    },
  },
  ORDER_NOT_DRAFT: {
    status: 409,
    title: { ru: 'Приказ уже подписан', en: 'The order is signed' },
    detail: {
      ru: 'Приказ в состоянии «{status}»: подписанный приказ не изменяется. Изменения вносятся новым приказом.',
      en: 'The order is «{status}»: a signed order cannot change. Issue a new order instead.',
    },
  },
  ORDER_MENTOR_NOT_IN_BANK: {
    status: 409,
    title: { ru: 'Наставник не в банке', en: 'Mentor not in the bank' },
    detail: {
      ru: 'Приказ назначает наставников, которых нет в банке наставников ({count}). Уберите их из приказа или верните в банк.',
      en: 'The order appoints mentors who are not in the mentor bank ({count}). Take them out of the order or back into the bank.',
    },
  },
  ORDER_GROUP_NOT_AGREED: {
    status: 409,
    title: { ru: 'Пара (группа) не согласована', en: 'Pair or group not agreed' },
    detail: {
      ru: 'Приказ закрепляет только согласованные всеми участниками пары (группы). Не согласована: {groups}.',
      en: 'The order can only approve pairs or groups agreed by everyone. Not agreed: {groups}.',
    },
  },
  ORDER_PROGRAM_CHANGE_REFUSED: {
    status: 409,
    title: { ru: 'Изменение программы невозможно', en: 'The program change is not possible' },
    detail: {
      ru: 'Приказ нельзя подписать: изменение программы «{program}» больше невозможно ({why}). Отзовите изменение или удалите проект.',
      en: 'The order cannot be signed: the change of the program «{program}» is no longer possible ({why}). Withdraw the change or delete the draft.',
    },
  },
  ORDER_CANCEL_NOT_SIGNED: {
    status: 409,
    title: { ru: 'Отменяемый приказ не действует', en: 'The order to cancel is not in force' },
    detail: {
      ru: 'Отменить можно только подписанный и не отменённый ранее приказ: {orders}.',
      en: 'Only a signed order that is still in force can be cancelled: {orders}.',
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

export type ErrorCode = keyof typeof errorCatalogue;
