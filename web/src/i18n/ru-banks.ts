// Russian texts of editing the banks and of mutual choice (§6.1).
export const ruBanks = {
  'banks.consentFilter': 'Согласие на обработку ПДн',
  'banks.consentFilter.given': 'Согласие на обработку ПДн: есть',
  'banks.consentFilter.missing': 'Согласия на обработку ПДн нет',
  'banks.consentFilter.withdrawn': 'Согласие на обработку ПДн отозвано',
  'scan.col': 'Скан',
  'scan.attach': 'Приложить скан',
  'scan.replace': 'Заменить',
  'scan.remove': 'Убрать скан',
  'scan.attached': 'Скан приложен',
  'scan.removed': 'Скан убран',
  'scan.removeTitle': 'Убрать скан согласия',
  'scan.removeText': 'Файл «{name}» будет удалён; само согласие останется. Об этом будет запись в журнале.',
  'scan.removeReason': 'Причина',
  'scan.removeReasonPlaceholder': 'Например: приложен не тот файл',
  'banks.appointed': 'назначен приказом № {number} от {date}',
  'org.orderGrounds': 'Региональные и муниципальные акты в приказах',
  'org.orderGroundsHint':
    'Приказы о наставничестве ссылаются на них после федеральных актов. По одному акту в строке, с датой и номером.',
  'org.orderGroundsPlaceholder':
    'Например: приказ Министерства образования области от 01.02.2023 № 100-Д «О системе наставничества»',
  'banks.col.choice': 'Выбор',
  'banks.col.actions': 'Действия',
  'banks.col.form': 'Форма наставничества',
  'banks.subjectPlaceholder': 'Например, физика',
  'banks.saved': 'Запись банка сохранена',
  'banks.editMenteeTitle': 'Наставляемый: {name}',
  'banks.editMentorTitle': 'Наставник: {name}',
  'banks.preferredMentorsHint':
    'Наставники, с которыми человек хотел бы работать. Взаимный выбор повышает оценку пары при подборе.',
  'banks.preferredMenteesHint': 'Наставляемые, которых наставник готов взять. Взаимный выбор учитывается при подборе.',
  'banks.subjectsHint': 'Введите предмет и нажмите Enter.',
  'banks.changeReasonPlaceholder': 'Необязательно: почему запись изменена (попадёт в журнал)',
  'banks.remove': 'Исключить из банка',
  'banks.removeTitle': 'Исключить из банка',
  'banks.removeMenteeText':
    '{name} больше не будет участвовать в подборе наставников. Запись останется в истории; снова включить человека можно, добавив его в банк.',
  'banks.removeMentorText':
    '{name} больше не будет предлагаться наставником. Запись останется в истории; снова включить человека можно, добавив его в банк.',
  'banks.removeReason': 'Основание',
  'banks.removeReasonPlaceholder': 'Например: увольнение, приказ № 45-к от 31.08.2025',
  'banks.removeReasonRequired': 'Укажите основание',
  'banks.removed': 'Запись исключена из банка',
  'banks.choose': 'Выбрать',
  'banks.chosen': 'Выбран',
  'banks.chooseMentorLabel': 'Хочу работать с наставником',
  'banks.chooseMenteeLabel': 'Готов(а) взять наставляемого',
  'banks.menteeChoiceHint':
    'Отметьте звёздочкой наставников, с которыми вы хотели бы работать. Если наставник тоже выберет вас, куратор увидит взаимный выбор при подборе пар.',
  'banks.mentorChoiceHint':
    'Здесь те, кто назвал вас желаемым наставником. Отметьте тех, кого готовы взять, — взаимный выбор учитывается при подборе пар.',
} as const;
