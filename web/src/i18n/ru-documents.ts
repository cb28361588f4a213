// Printed documents beyond orders: consent forms (filled and blank) and the mentor's
// supplementary agreement under the Labour Code art. 351.8 with its pay.
export const ruDocuments = {
  'documents.consentPdf': 'Согласие в PDF',
  'documents.consentPdfFor': 'Согласие в PDF: {kind}',
  'documents.blankForms': 'Бланк для подписи',
  'documents.blankFormsHint': 'Заполнен по записи работника и реквизитам организации; дата и подпись — от руки',
  'documents.blankWord': '{kind} — Word',
  'documents.blankPdf': '{kind} — PDF',
  'documents.title': 'Документы',
  'documents.agreement': 'Дополнительное соглашение к трудовому договору наставника (ст. 351.8 ТК РФ)',
  'documents.agreementHint':
    'Стороны, наставляемые, формы наставничества и оплата берутся из записей. Срок берётся из программы наставничества, если она есть; здесь его можно указать иначе, а без программы и без дат его впишут от руки.',
  'documents.startsOn': 'Начало наставничества',
  'documents.agreementNumber': 'Номер дополнительного соглашения',
  'documents.agreementNumberHint':
    'Как его зарегистрирует отдел кадров; пусто — останется строка для записи от руки. Номер и дата трудового договора берутся из карточки работника.',
  'documents.endsOn': 'Окончание наставничества',
  'documents.agreementWord': 'Соглашение (Word)',
  'documents.agreementPdf': 'Соглашение (PDF)',
  'documents.termOrder': 'Окончание раньше начала',
  'documents.pay': 'Оплата наставника',
  'documents.pay.amount': '{amount} руб. {unit}',
  'documents.pay.noAmount': 'размер не указан — в соглашении останется место для записи от руки',
  'documents.pay.sourceOrg': 'по настройке организации',
  'documents.pay.sourceOwn': 'назначена этому наставнику',
  'documents.pay.unit.month': 'в месяц',
  'documents.pay.unit.period': 'за весь срок',
  'documents.pay.edit': 'Изменить оплату',
  'documents.pay.reset': 'Вернуть оплату по настройке организации',
  'documents.pay.saved': 'Оплата наставника сохранена',
  'documents.pay.otherSchool':
    'Наставник работает в другой школе: соглашение заключает его школа на своих условиях оплаты.',
  'documents.pay.amountLabel': 'Размер доплаты, руб.',
  'documents.pay.unitLabel': 'Доплата',
  'documents.pay.conditionsLabel': 'Условия выплаты',
  'documents.pay.conditionsHint': 'Например: выплачивается ежемесячно вместе с заработной платой.',
  'documents.orgPay.title': 'Оплата наставничества (ст. 351.8 ТК РФ)',
  'documents.orgPay.hint':
    'Входит в дополнительные соглашения с наставниками, если наставнику не назначена своя оплата. Без размера в соглашении останется место для записи от руки.',
};
