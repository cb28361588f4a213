// The consent form to sign, as a paper for the orders' renderers: the text is assembled from the
// records (pure). A recorded consent carries its date and its fields; a blank form (before the
// consent is given) leaves the date to be written by hand and lists every field to choose from.
import { typeset } from '../orders/order-document.js';
import { blankDate, blankLine, type PaperBlock, type PaperDocument, paperLines } from '../orders/paper-document.js';
import { declineName, declinePosition } from '../orders/russian-cases.js';
import { formatRuDate } from '../shared/dates.js';
import { type ConsentKind, type PublicField, publicFields } from './consent-contract.js';

export interface ConsentDocumentData {
  kind: ConsentKind;
  org: { fullName: string; address: string | null; directorName: string | null; directorPosition: string | null };
  person: { fullName: string; position: string };
  /** Null for a blank form: the date is written by hand. */
  givenOn: string | null;
  /** What a publication consent allows; a blank form offers all of them. */
  fields: readonly string[];
  note: string | null;
}

const publicFieldWords: Record<PublicField, string> = {
  fullName: 'фамилия, имя, отчество',
  position: 'должность',
  subjects: 'преподаваемые предметы',
  qualificationCategory: 'квалификационная категория',
  experienceYears: 'педагогический стаж',
  competences: 'направления, по которым оказывается помощь в качестве наставника',
  photo: 'фотография',
};

/** Each form's name: the word «согласие» and what it is given to. */
export const consentTitles: Record<ConsentKind, [string, string]> = {
  'personal-data': ['Согласие', 'на обработку персональных данных'],
  'mentor-role': ['Согласие', 'на назначение наставником'],
  'extra-duties': ['Согласие', 'на выполнение дополнительных обязанностей, связанных с наставничеством'],
  publication: ['Согласие', 'на размещение сведений на официальном сайте образовательной организации'],
};

/** A box to tick by hand (the fonts of both formats have the brackets, not every one a ballot box). */
const tick = '[\u00a0\u00a0\u00a0]';

/** The body of the form: running text, and the lines with blanks the person fills in by hand. */
function consentBody(d: ConsentDocumentData): PaperBlock[] {
  const text = (value: string): PaperBlock => ({ type: 'text', text: typeset(value) });
  const line = (value: string): PaperBlock => ({ type: 'line', text: value });
  const plainText = (value: string): PaperBlock => ({ type: 'text', text: typeset(value), plain: true });
  const operator = `${d.org.fullName}${d.org.address ? `, адрес: ${d.org.address}` : ''}`;
  const me = `Я, ${d.person.fullName}, ${d.person.position},`;
  switch (d.kind) {
    case 'personal-data':
      return [
        { type: 'text', text: me, plain: true },
        line('паспорт: серия _______ № ____________, выдан _____________________'),
        line('_____________________________________ «___» __________ ______ г.,'),
        line('зарегистрированный(ая) по адресу: _____________________________'),
        line('_____________________________________________________________,'),
        plainText(
          `в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие оператору — ${operator} — на обработку моих персональных данных на следующих условиях.`,
        ),
        text(
          'Цель обработки: участие в системе наставничества педагогических работников образовательной организации, включая ведение банков наставников и наставляемых, подбор наставнических пар и групп, разработку и выполнение персонализированных программ наставничества, мониторинг и отчётность.',
        ),
        text(
          'Перечень персональных данных: фамилия, имя, отчество; дата рождения; должность; преподаваемые предметы; дата приёма на работу и год начала педагогической деятельности; квалификационная категория; адрес электронной почты и номер телефона; профессиональные затруднения и запросы; сведения об участии в программах наставничества.',
        ),
        text(
          'Действия с персональными данными: сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение), извлечение, использование, передача (предоставление, доступ) в пределах образовательной организации и органам управления образованием, обезличивание, блокирование, удаление, уничтожение; обработка ведётся с использованием средств автоматизации и без них.',
        ),
        text(
          'Срок действия согласия: на время моего участия в системе наставничества и в течение сроков хранения документов, установленных законодательством, если согласие не будет отозвано ранее.',
        ),
        text(
          'Согласие может быть отозвано мной в любое время письменным заявлением, поданным оператору. После отзыва оператор прекращает обработку персональных данных, кроме случаев, когда она допускается законом без согласия.',
        ),
      ];
    case 'mentor-role':
      return [
        text(
          `${me} в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации даю письменное согласие на назначение меня наставником педагогического работника (педагогических работников) ${d.org.fullName} приказом руководителя образовательной организации.`,
        ),
        text(
          'Мне известны права и обязанности наставника, установленные Положением о системе наставничества педагогических работников образовательной организации. Условия наставнической деятельности (её содержание, срок, форма, размер и условия оплаты) определяются дополнительным соглашением к моему трудовому договору.',
        ),
      ];
    case 'extra-duties':
      return [
        text(
          `${me} даю согласие на возложение на меня дополнительных обязанностей, связанных с наставнической деятельностью в ${d.org.fullName}, на срок реализации персонализированной программы наставничества.`,
        ),
        text(
          'Дополнительные обязанности включают: разработку и выполнение персонализированной программы наставничества совместно с наставляемым, консультации и совместные занятия, участие в мониторинге и подготовке отчётов о ходе программы.',
        ),
      ];
    case 'publication': {
      if (d.givenOn === null) {
        return [
          text(
            `${me} даю согласие ${operator} на размещение на официальном сайте образовательной организации в разделе, посвящённом наставничеству, следующих сведений обо мне (нужное отметить):`,
          ),
          ...publicFields.map((f) => line(`${tick} ${publicFieldWords[f]}`)),
          text(
            'Иные сведения обо мне на сайте не публикуются. Согласие может быть отозвано мной письменным заявлением; после отзыва сведения удаляются с сайта.',
          ),
        ];
      }
      const list = d.fields.map((f) => publicFieldWords[f as PublicField] ?? f);
      return [
        text(
          `${me} даю согласие ${operator} на размещение на официальном сайте образовательной организации в разделе, посвящённом наставничеству, следующих сведений обо мне: ${list.join('; ')}.`,
        ),
        text(
          'Иные сведения обо мне на сайте не публикуются. Согласие может быть отозвано мной письменным заявлением; после отзыва сведения удаляются с сайта.',
        ),
      ];
    }
  }
}

/** The body's paragraphs as text, in order. */
export function consentParagraphs(d: ConsentDocumentData): string[] {
  return paperLines({ title: '', blocks: consentBody(d) });
}

/** «Орлова Д. В.» from «Орлова Дарья Викторовна». */
function initialsLast(fullName: string): string {
  const [last = '', ...rest] = fullName.split(' ');
  return [last, ...rest.map((n) => `${n.charAt(0)}.`)].join(' ');
}

/** The form as blocks: to whom, the name of the form, the text, the date and the signature. */
export function consentDocument(d: ConsentDocumentData): PaperDocument {
  const addressee = [
    declinePosition(d.org.directorPosition ?? 'Руководитель', 'dative', true),
    typeset(d.org.fullName),
    ...(d.org.directorName ? [declineName(d.org.directorName, 'dative')] : []),
  ];
  const blocks: PaperBlock[] = [
    { type: 'corner', lines: addressee },
    { type: 'title', lines: consentTitles[d.kind] },
    ...consentBody(d),
    ...(d.note ? [{ type: 'text', text: `Примечание: ${d.note}`, plain: true, gap: true } as PaperBlock] : []),
    {
      type: 'spread',
      left: d.givenOn ? formatRuDate(d.givenOn) : blankDate,
      right: `${blankLine} / ${initialsLast(d.person.fullName)} /`,
      gap: true,
    },
    { type: 'hint', left: '(дата)', right: '(подпись, расшифровка подписи)' },
  ];
  return { title: `${consentTitles[d.kind].join(' ')}: ${d.person.fullName}`, blocks };
}
