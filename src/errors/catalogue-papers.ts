// Refusals about files and papers: consent scans, staff imports, questionnaires and the director's
// orders. Part of the error catalogue.
import type { ErrorSpec } from './catalogue.js';

export const paperErrors = {
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
} as const satisfies Record<string, ErrorSpec>;
