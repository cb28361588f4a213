// Printed documents beyond orders: consent forms (filled and blank) and the mentor's
// supplementary agreement under the Labour Code art. 351.8 with its pay.
import type { ruDocuments } from './ru-documents';

export const enDocuments: Record<keyof typeof ruDocuments, string> = {
  'documents.consentPdf': 'Consent as PDF',
  'documents.consentPdfFor': 'Consent as PDF: {kind}',
  'documents.blankForms': 'Blank form to sign',
  'documents.blankFormsHint': 'Filled from the staff record and the organization’s details; date and signature by hand',
  'documents.blankWord': '{kind} — Word',
  'documents.blankPdf': '{kind} — PDF',
  'documents.title': 'Documents',
  'documents.agreement': 'Supplementary agreement to the mentor’s employment contract (Labour Code art. 351.8)',
  'documents.agreementHint':
    'The parties, mentees, forms of mentoring and pay come from the records. The term comes from the group’s program when there is one; give another here, or with neither it is written by hand.',
  'documents.startsOn': 'Mentoring starts',
  'documents.agreementNumber': 'Number of the supplementary agreement',
  'documents.agreementNumberHint':
    "As the HR office registers it; left empty, a line stays to write it by hand. The employment contract's number and date come from the staff card.",
  'documents.endsOn': 'Mentoring ends',
  'documents.agreementWord': 'Agreement (Word)',
  'documents.agreementPdf': 'Agreement (PDF)',
  'documents.termOrder': 'Ends before it starts',
  'documents.pay': 'Mentor’s pay',
  'documents.pay.amount': '{amount} roubles {unit}',
  'documents.pay.noAmount': 'no amount set — the agreement leaves a blank to fill by hand',
  'documents.pay.sourceOrg': 'the organization’s setting',
  'documents.pay.sourceOwn': 'set for this mentor',
  'documents.pay.unit.month': 'a month',
  'documents.pay.unit.period': 'for the whole term',
  'documents.pay.edit': 'Change pay',
  'documents.pay.reset': 'Back to the organization’s pay',
  'documents.pay.saved': 'The mentor’s pay is saved',
  'documents.pay.otherSchool':
    'The mentor works at another school: their school makes the agreement on its own terms of pay.',
  'documents.pay.amountLabel': 'Extra pay, roubles',
  'documents.pay.unitLabel': 'Paid',
  'documents.pay.conditionsLabel': 'Conditions of payment',
  'documents.pay.conditionsHint': 'For example: paid monthly with the salary.',
  'documents.orgPay.title': 'Pay for mentoring (Labour Code art. 351.8)',
  'documents.orgPay.hint':
    'Goes into mentors’ supplementary agreements unless a mentor has pay of their own. Without an amount the agreement leaves a blank to fill by hand.',
};
