// English texts of editing the banks and of mutual choice; keys must match ru-banks.ts exactly.
import type { ruBanks } from './ru-banks';

export const enBanks: Record<keyof typeof ruBanks, string> = {
  'banks.consentFilter': 'Consent to personal data',
  'banks.consentFilter.given': 'Consent to personal data: given',
  'banks.consentFilter.missing': 'No consent to personal data',
  'banks.consentFilter.withdrawn': 'Consent to personal data withdrawn',
  'scan.col': 'Scan',
  'scan.attach': 'Attach a scan',
  'scan.replace': 'Replace',
  'scan.remove': 'Remove the scan',
  'scan.attached': 'The scan has been attached',
  'scan.removed': 'The scan has been removed',
  'scan.removeTitle': 'Remove the scanned consent',
  'scan.removeText': 'The file “{name}” will be deleted; the consent itself stays. The journal records it.',
  'scan.removeReason': 'Reason',
  'scan.removeReasonPlaceholder': 'E.g. the wrong file was attached',
  'banks.appointed': 'appointed by order No. {number} of {date}',
  'org.orderGrounds': 'Regional and municipal acts cited in orders',
  'org.orderGroundsHint':
    'Mentoring orders cite them after the federal acts. One act per line, with its date and number.',
  'org.orderGroundsPlaceholder':
    'E.g. order of the regional Ministry of Education of 01.02.2023 No. 100-Д on the mentoring system',
  'calendar.title': 'Calendar of activities',
  'calendar.hint':
    'A personal calendar address (iCal) with your mentoring programs’ activities and their end dates. Add it to your calendar application as a subscription. The address is secret: do not share it.',
  'calendar.issue': 'Get a calendar address',
  'calendar.reissue': 'Issue a new address',
  'calendar.revoke': 'Turn the calendar off',
  'calendar.issued': 'The calendar address is issued — it is shown once',
  'calendar.address': 'Subscription address',
  'calendar.copy': 'Copy',
  'calendar.copied': 'Copied',
  'calendar.active':
    'The calendar has been on since {date}. If the address is lost, issue a new one — the old one stops working.',
  'banks.col.choice': 'Choice',
  'banks.col.actions': 'Actions',
  'banks.col.form': 'Form of mentoring',
  'banks.subjectPlaceholder': 'E.g. physics',
  'banks.saved': 'The bank entry has been saved',
  'banks.editMenteeTitle': 'Mentee: {name}',
  'banks.editMentorTitle': 'Mentor: {name}',
  'banks.preferredMentorsHint':
    'Mentors this person would like to work with. A mutual choice raises the pair’s score in matching.',
  'banks.preferredMenteesHint': 'Mentees this mentor is ready to take. A mutual choice counts in matching.',
  'banks.subjectsHint': 'Type a subject and press Enter.',
  'banks.changeReasonPlaceholder': 'Optional: why the entry changes (goes to the journal)',
  'banks.remove': 'Remove from the bank',
  'banks.removeTitle': 'Remove from the bank',
  'banks.removeMenteeText':
    '{name} will no longer take part in matching. The entry stays in the history; to include the person again, add them to the bank.',
  'banks.removeMentorText':
    '{name} will no longer be proposed as a mentor. The entry stays in the history; to include the person again, add them to the bank.',
  'banks.removeReason': 'Reason',
  'banks.removeReasonPlaceholder': 'E.g. resignation, order No. 45-к of 31.08.2025',
  'banks.removeReasonRequired': 'Give the reason',
  'banks.removed': 'The entry has been removed from the bank',
  'banks.choose': 'Choose',
  'banks.chosen': 'Chosen',
  'banks.chooseMentorLabel': 'I would like to work with this mentor',
  'banks.chooseMenteeLabel': 'I am ready to take this mentee',
  'banks.menteeChoiceHint':
    'Star the mentors you would like to work with. If a mentor chooses you too, the curator sees the mutual choice when forming pairs.',
  'banks.mentorChoiceHint':
    'These people named you as a preferred mentor. Mark those you are ready to take — a mutual choice counts in matching.',
} as const;
