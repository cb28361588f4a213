// Texts of program changes that wait for the director's order: the notice on the program's page,
// the step dialog's hint, the history and the order's links. Part of the Russian catalogue.
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
  'changes.links.programs': 'Программы ({n})',
} satisfies Record<string, string>;
