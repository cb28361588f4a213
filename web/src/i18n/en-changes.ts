// Texts of programme changes that wait for the director's order and of the programme's results tab.
// Part of the English catalogue.
import type { ruChanges } from './ru-changes';

export const enChanges: Record<keyof typeof ruChanges, string> = {
  'changes.pending.title': "The change awaits the director's order",
  'changes.pending.extend': 'Extension of the programme to {date}.',
  'changes.pending.replace-mentor': 'New mentor: {mentor}.',
  'changes.pending.terminate': 'Early end of the programme: {reason}.',
  'changes.pending.asked': 'Requested on {date} by {who}.',
  'changes.pending.rule':
    'The pair was fixed by an order, so the change takes effect when the director signs the order. Until then the programme goes on as before.',
  'changes.pending.order': 'Open the draft order',
  'changes.pending.withdraw': 'Withdraw the change',
  'changes.pending.withdrawConfirm':
    'Withdraw the change? The draft order will be deleted and the programme stays as it is.',
  'changes.pending.withdrawn': 'The change was withdrawn and its draft order deleted',
  'changes.step.hint':
    "If the pair was fixed by the director's order, this change takes effect only when a new order is signed: the system drafts it.",
  'changes.step.waiting': 'The change is recorded and awaits an order: a draft is ready for the director to sign',
  'changes.event.change-requested': 'Change awaits an order',
  'changes.event.change-withdrawn': 'Change withdrawn',
  'changes.field.change': 'Change',
  'changes.field.order': 'Order',
  'changes.field.agreementEndsOn': "The mentor's supplementary agreement runs until",
  'changes.sign.programs': 'the changes of mentoring programmes waiting for this order take effect ({n});',
  'attention.awaitingOrder': 'Changes waiting for a signed order',
  'attention.toOrder': 'the draft order',
  'changes.kind.extend': 'Extension',
  'changes.kind.replace-mentor': 'New mentor',
  'changes.kind.terminate': 'Early end',
  'changes.links.programs': 'Programmes ({n})',
  'remarks.title': 'Remarks on the draft',
  'remarks.hint':
    'The mentee takes part in drafting the programme: while it is a draft, the participants and the curator write here what to add or change.',
  'remarks.none': 'No remarks yet.',
  'remarks.new': 'Your remark',
  'remarks.send': 'Send the remark',
  'remarks.event': 'Remark on the draft',
  'outcome.event': 'Results written',
  'outcome.historyWho': 'self-assessment: {who}',
  'outcome.tab': 'Results',
  'outcome.hint':
    "The mentor writes what was achieved and their own assessment, each mentee theirs; the curator may enter any of them from a paper report. All of it goes into the programme's report.",
  'outcome.notYet': 'Results are summed up once the programme has started.',
  'outcome.results': 'What was achieved',
  'outcome.assessment': 'Self-assessment: {name} ({role})',
  'outcome.empty': 'not written yet',
  'outcome.save': 'Save the results',
  'outcome.saved': 'The results are saved',
  'outcome.papers': "The programme's papers",
  'outcome.paper.program': 'The programme to sign',
  'outcome.paper.report': 'The completion report',
  'outcome.reportHint':
    'The report is built from the plan, the journal and the results; anything not written stays a line to fill in by hand.',
};
