// The printable consent form: the text is assembled from the records (pure), then laid out as an
// A4 Word document in Times New Roman 14 with the margins Russian offices use (ГОСТ Р 7.0.97).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { formatRuDate } from '../shared/dates.js';
import type { ConsentKind, PublicField } from './consent-contract.js';

export interface ConsentDocumentData {
  kind: ConsentKind;
  org: { fullName: string; address: string | null; directorName: string | null; directorPosition: string | null };
  person: { fullName: string; position: string };
  givenOn: string;
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

const titles: Record<ConsentKind, string> = {
  'personal-data': 'Согласие на обработку персональных данных',
  'mentor-role': 'Согласие на назначение наставником',
  'extra-duties': 'Согласие на выполнение дополнительных обязанностей, связанных с наставнической деятельностью',
  publication: 'Согласие на размещение сведений на официальном сайте образовательной организации',
};

/** The body of the form, paragraph by paragraph; kept apart from the layout so it can be tested. */
export function consentParagraphs(d: ConsentDocumentData): string[] {
  const operator = `${d.org.fullName}${d.org.address ? `, адрес: ${d.org.address}` : ''}`;
  const me = `Я, ${d.person.fullName}, ${d.person.position},`;
  switch (d.kind) {
    case 'personal-data':
      return [
        `${me} в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие оператору — ${operator} — на обработку моих персональных данных на следующих условиях.`,
        'Цель обработки: участие в системе наставничества педагогических работников образовательной организации, включая ведение банков наставников и наставляемых, подбор наставнических пар и групп, разработку и выполнение персонализированных программ наставничества, мониторинг и отчётность.',
        'Перечень персональных данных: фамилия, имя, отчество; дата рождения; должность; преподаваемые предметы; дата приёма на работу и год начала педагогической деятельности; квалификационная категория; адрес электронной почты и номер телефона; профессиональные затруднения и запросы; сведения об участии в программах наставничества.',
        'Действия с персональными данными: сбор, запись, систематизация, накопление, хранение, уточнение (обновление, изменение), извлечение, использование, передача (предоставление, доступ) в пределах образовательной организации и органам управления образованием, обезличивание, блокирование, удаление, уничтожение; обработка ведётся с использованием средств автоматизации и без них.',
        'Срок действия согласия: на время моего участия в системе наставничества и в течение сроков хранения документов, установленных законодательством, если согласие не будет отозвано ранее.',
        'Согласие может быть отозвано мной в любое время письменным заявлением, поданным оператору. После отзыва оператор прекращает обработку персональных данных, кроме случаев, когда она допускается законом без согласия.',
      ];
    case 'mentor-role':
      return [
        `${me} даю письменное согласие на назначение меня наставником педагогического работника (педагогических работников) ${d.org.fullName} приказом руководителя образовательной организации.`,
        'Мне известны права и обязанности наставника, установленные Положением о системе наставничества педагогических работников образовательной организации.',
      ];
    case 'extra-duties':
      return [
        `${me} даю согласие на возложение на меня дополнительных обязанностей, связанных с наставнической деятельностью в ${d.org.fullName}, на срок реализации персонализированной программы наставничества.`,
        'Дополнительные обязанности включают: разработку и выполнение персонализированной программы наставничества совместно с наставляемым, консультации и совместные занятия, участие в мониторинге и подготовке отчётов о ходе программы.',
      ];
    case 'publication': {
      const list = d.fields.map((f) => publicFieldWords[f as PublicField] ?? f);
      return [
        `${me} даю согласие ${operator} на размещение на официальном сайте образовательной организации в разделе, посвящённом наставничеству, следующих сведений обо мне: ${list.join('; ')}.`,
        'Иные сведения обо мне на сайте не публикуются. Согласие может быть отозвано мной письменным заявлением; после отзыва сведения удаляются с сайта.',
      ];
    }
  }
}

const run = (text: string, bold = false) => new TextRun({ text, bold });
const mm = (v: number) => Math.round((v * 1440) / 25.4);

export function buildConsentDocument(d: ConsentDocumentData): Document {
  const addressee = [d.org.directorPosition ?? 'Руководителю', d.org.fullName, d.org.directorName]
    .filter(Boolean)
    .map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(line as string)] }));
  const body = consentParagraphs(d).map(
    (text) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: mm(12.5) },
        spacing: { after: 120 },
        children: [run(text)],
      }),
  );
  const note = d.note ? [new Paragraph({ children: [run(`Примечание: ${d.note}`)] })] : [];
  const signature = [
    new Paragraph({ spacing: { before: 480 }, children: [run(`Дата: ${formatRuDate(d.givenOn)}`)] }),
    new Paragraph({ children: [run(`Подпись: ____________________ / ${d.person.fullName} /`)] }),
  ];
  return new Document({
    creator: 'Наставник',
    title: titles[d.kind],
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(20), right: mm(10) },
          },
        },
        children: [
          ...addressee,
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 360, after: 240 },
            children: [run(titles[d.kind].toUpperCase(), true)],
          }),
          ...body,
          ...note,
          ...signature,
        ],
      },
    ],
  });
}

export async function renderConsentDocx(d: ConsentDocumentData): Promise<Buffer> {
  return Packer.toBuffer(buildConsentDocument(d));
}
