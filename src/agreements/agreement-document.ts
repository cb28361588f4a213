// The supplementary agreement to a mentor's employment contract (Labour Code art. 351.8): the
// parties, whom the mentor helps, what mentoring involves, its term and forms, the pay and its
// conditions, how either side ends it early, and the signatures. Pure: the route loads the facts.
import type { GroupForm } from '../groups/group-contract.js';
import { formWords, fullNameOf, type OrderPerson, shortNameOf } from '../orders/order-content.js';
import { typeset } from '../orders/order-document.js';
import { blankDate, blankLine, type PaperBlock, type PaperDocument } from '../orders/paper-document.js';
import { declineName, declinePosition } from '../orders/russian-cases.js';
import type { MentorPay } from '../organizations/organization-contract.js';
import { formatRuDate } from '../shared/dates.js';

export interface AgreementFacts {
  /** The employer: the mentor's own organization (in network mentoring, not the group's). */
  org: {
    fullName: string;
    shortName: string;
    address: string | null;
    locality: string | null;
    directorName: string | null;
    directorPosition: string | null;
  };
  mentor: OrderPerson;
  mentees: OrderPerson[];
  forms: readonly GroupForm[];
  /** The term of mentoring; a missing end is left blank to be written by hand. */
  startsOn: string | null;
  endsOn: string | null;
  /** The day of signing; null leaves a blank. */
  date: string | null;
  /** The agreement's own number (the HR office numbers supplementary agreements); null leaves a blank. */
  number: string | null;
  /** The employment contract it supplements, from the staff registry; nulls leave blanks. */
  contract: { number: string | null; date: string | null };
  pay: MentorPay;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** «5 000 руб. 00 коп.»: the way amounts are written in employment papers. */
export function roubles(amount: number): string {
  const kopecks = Math.round(amount * 100);
  const whole = Math.floor(kopecks / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${whole}\u00a0руб. ${String(kopecks % 100).padStart(2, '0')}\u00a0коп.`;
}

/** What a mentor does under the agreement: the Regulation's duties of a mentor, briefly. */
export const mentorDuties = [
  'помогает наставляемому освоиться в коллективе, в традициях и укладе образовательной организации и преодолеть профессиональные затруднения;',
  'составляет вместе с наставляемым персонализированную программу наставничества и следит за выполнением её плана в установленные сроки;',
  'проводит консультации, совместные и открытые занятия, проверяет выполнение наставляемым заданий;',
  'работает во взаимодействии с методическими объединениями, психологической службой и другими подразделениями, которые сопровождают наставляемого;',
  'привлекает наставляемого к инновационной и творческой работе, к профессиональным конкурсам, конференциям и другим мероприятиям для начинающих педагогов;',
  'участвует в обсуждении работы наставляемого, вносит предложения о его поощрении, участвует в мониторинге программы и в отчётах о её выполнении;',
  'соблюдает законодательство Российской Федерации и локальные нормативные акты Работодателя о наставничестве.',
];

function termText(f: AgreementFacts): string {
  const from = f.startsOn ? formatRuDate(f.startsOn) : blankDate;
  const to = f.endsOn ? formatRuDate(f.endsOn) : blankDate;
  return `3.1. Наставническая деятельность осуществляется на срок реализации персонализированной программы наставничества: с ${from} по ${to}.`;
}

function payTexts(pay: MentorPay): string[] {
  const amount = pay.amount === null ? '____________ руб. ___ коп.' : roubles(pay.amount);
  const per = pay.unit === 'month' ? 'в месяц' : 'за весь срок наставнической деятельности';
  const conditions = pay.conditions.trim()
    ? pay.conditions.trim().replace(/[.;\s]*$/, '.')
    : 'доплата выплачивается одновременно с заработной платой в сроки, установленные правилами внутреннего трудового распорядка.';
  return [
    `5.1. За выполнение наставнической деятельности Работнику устанавливается доплата в размере ${amount} ${per}.`,
    `5.2. Условия выплаты: ${lower(conditions)}`,
    '5.3. Доплата начисляется за время, в течение которого наставническая деятельность фактически выполнялась.',
  ];
}

export function agreementDocument(f: AgreementFacts): PaperDocument {
  const t = typeset;
  const head = f.org.directorPosition ?? 'Директор';
  const signer = f.org.directorName
    ? `${declinePosition(head, 'genitive')} ${declineName(f.org.directorName, 'genitive')}`
    : `${declinePosition(head, 'genitive')} ______________________________`;
  const mentor = fullNameOf(f.mentor);
  const mentees = f.mentees.map((m) => `${fullNameOf(m)}, ${lower(m.position)}`);
  const forms = f.forms.map((form) => formWords[form]);
  const text = (value: string): PaperBlock => ({ type: 'text', text: t(value) });
  const section = (value: string): PaperBlock => ({ type: 'section', text: value });
  const blocks: PaperBlock[] = [
    {
      type: 'title',
      lines: [
        `Дополнительное соглашение № ${f.number ?? '______'}`,
        `к трудовому договору от ${f.contract.date ? formatRuDate(f.contract.date) : blankDate} № ${f.contract.number ?? '______'}`,
        'о выполнении наставнической деятельности',
      ],
    },
    {
      type: 'spread',
      left: f.org.locality ?? '____________________',
      right: f.date ? formatRuDate(f.date) : blankDate,
    },
    {
      type: 'text',
      gap: true,
      text: t(
        `${f.org.fullName}, именуемое в дальнейшем «Работодатель», в лице ${signer}, действующего на основании устава, с одной стороны, и ${mentor}, ${lower(f.mentor.position)}, именуемый(ая) в дальнейшем «Работник», с другой стороны, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации и с письменного согласия Работника заключили настоящее дополнительное соглашение о нижеследующем.`,
      ),
    },
    section('1. Предмет соглашения'),
    text(
      `1.1. Работник с его письменного согласия наряду с работой, определённой трудовым договором, выполняет за дополнительную плату наставническую деятельность в отношении ${mentees.length > 1 ? 'педагогических работников' : 'педагогического работника'} Работодателя: ${mentees.join('; ')}.`,
    ),
    text(
      `1.2. Наставническая деятельность осуществляется в соответствии с Положением о системе наставничества педагогических работников ${f.org.shortName} и персонализированной программой наставничества.`,
    ),
    section('2. Содержание наставнической деятельности'),
    text('2.1. Работник:'),
    ...mentorDuties.map((d): PaperBlock => ({ type: 'text', text: `— ${d}` })),
    text(
      '2.2. Работник вправе с их согласия привлекать к работе с наставляемым других педагогических работников Работодателя, в установленном порядке знакомиться со сведениями о наставляемом, нужными для наставничества, а также просить куратора и Работодателя освободить его от наставничества.',
    ),
    section('3. Срок наставнической деятельности'),
    text(termText(f)),
    section('4. Форма наставничества'),
    text(
      forms.length
        ? `4.1. Наставничество осуществляется в ${forms.length > 1 ? 'формах' : 'форме'}: ${forms.join(', ')}.`
        : '4.1. Наставничество осуществляется в форме: ____________________________________________.',
    ),
    section('5. Оплата наставнической деятельности'),
    ...payTexts(f.pay).map(text),
    section('6. Досрочное прекращение наставнической деятельности'),
    text(
      '6.1. Работодатель или Работник вправе прекратить наставническую деятельность до истечения срока, указанного в разделе 3, предупредив об этом другую сторону в письменной форме не позднее чем за три рабочих дня.',
    ),
    text(
      '6.2. Со дня прекращения наставнической деятельности доплата, установленная разделом 5, не начисляется; прочие условия трудового договора сохраняются.',
    ),
    section('7. Заключительные положения'),
    text(
      '7.1. Соглашение вступает в силу со дня его подписания сторонами и является неотъемлемой частью трудового договора. Условия трудового договора, не затронутые соглашением, остаются неизменными.',
    ),
    text(
      '7.2. Соглашение составлено в двух экземплярах, имеющих равную юридическую силу, по одному для каждой из сторон.',
    ),
    section('8. Подписи сторон'),
    {
      type: 'parties',
      parties: [
        {
          heading: 'Работодатель',
          lines: [
            t(f.org.fullName),
            ...(f.org.address ? [t(f.org.address)] : []),
            head,
            `____________ / ${t(f.org.directorName ?? '______________')} /`,
            'М. П.',
          ],
        },
        {
          heading: 'Работник',
          lines: [t(mentor), f.mentor.position, `____________ / ${t(shortNameOf(f.mentor))} /`],
        },
      ],
    },
    { type: 'text', text: 'Экземпляр соглашения получил(а):', plain: true, gap: true },
    { type: 'spread', left: blankDate, right: `${blankLine} / ${t(shortNameOf(f.mentor))} /` },
    { type: 'hint', left: '(дата)', right: '(подпись, расшифровка подписи)' },
  ];
  return { title: `Дополнительное соглашение о наставничестве: ${mentor}`, blocks };
}
