// Texts of program changes that wait for the director's order (the notice on the program's page,
// the step dialog's hint, the history, the order's links) and of the program's results tab with
// its papers. Part of the Russian catalogue.
export const ruChanges = {
  'changes.pending.title': 'Изменение ждёт приказа директора',
  'changes.pending.extend': 'Продление программы до {date}.',
  'changes.pending.replace-mentor': 'Замена наставника: новый наставник — {mentor}.',
  'changes.pending.terminate': 'Досрочное завершение программы: {reason}.',
  'changes.pending.asked': 'Запрошено {date}, {who}.',
  'changes.pending.rule':
    'Пара закреплена приказом, поэтому изменение вступит в силу, когда директор подпишет приказ. До этого программа идёт как прежде.',
  'changes.pending.order': 'Открыть проект приказа',
  'changes.pending.withdraw': 'Отозвать изменение',
  'changes.pending.withdrawConfirm':
    'Отозвать изменение? Проект приказа будет удалён, программа останется без изменений.',
  'changes.pending.withdrawn': 'Изменение отозвано, проект приказа удалён',
  'changes.step.hint':
    'Если пара закреплена приказом директора, это изменение вступит в силу только после подписания нового приказа: система подготовит его проект.',
  'changes.step.waiting': 'Изменение записано и ждёт приказа: подготовлен проект приказа для подписи директором',
  'changes.event.change-requested': 'Изменение ждёт приказа',
  'changes.event.change-withdrawn': 'Изменение отозвано',
  'changes.field.change': 'Изменение',
  'changes.field.order': 'Приказ',
  'changes.field.agreementEndsOn': 'Доп. соглашение наставника действует по',
  'changes.sign.programs': 'изменения программ наставничества, которые ждут этого приказа, вступят в силу ({n});',
  'attention.awaitingOrder': 'Изменения ждут подписания приказа',
  'attention.toOrder': 'проект приказа',
  'changes.links.programs': 'Программы ({n})',
  'remarks.title': 'Замечания к проекту',
  'remarks.hint':
    'Наставляемый участвует в разработке программы: пока она в проекте, участники и куратор пишут здесь, что добавить или изменить.',
  'remarks.none': 'Замечаний пока нет.',
  'remarks.new': 'Ваше замечание',
  'remarks.send': 'Отправить замечание',
  'remarks.event': 'Замечание к проекту',
  'outcome.event': 'Записаны итоги',
  'outcome.historyWho': 'самооценка: {who}',
  'outcome.tab': 'Итоги',
  'outcome.hint':
    'Наставник пишет достигнутые результаты и свою самооценку, каждый наставляемый — свою; куратор может внести любую с бумажного отчёта. Всё это попадёт в отчёт о реализации программы.',
  'outcome.notYet': 'Итоги подводятся, когда программа началась.',
  'outcome.results': 'Достигнутые результаты',
  'outcome.assessment': 'Самооценка: {name} ({role})',
  'outcome.empty': 'пока не заполнено',
  'outcome.save': 'Сохранить итоги',
  'outcome.saved': 'Итоги сохранены',
  'outcome.papers': 'Документы программы',
  'outcome.paper.program': 'Программа на подпись',
  'outcome.paper.report': 'Отчёт о реализации',
  'outcome.reportHint':
    'Отчёт собирается из плана, журнала и итогов; незаполненное остаётся строками для записи от руки.',
} satisfies Record<string, string>;
