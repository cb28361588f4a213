// What an order says, built from the records it names: the default title, legal grounds, points,
// signature, acquaintance list and appendices for each kind. Pure: the use cases load the facts,
// the draft stores the result, the director's staff edit it, and the renderers lay it out.
import type { GroupForm } from '../groups/group-contract.js';
import type { OrderAppendix, OrderContent, OrderKind, OrderPoint } from './order-contract.js';
import { fullNameOf, type OrderPerson, personWithPosition, point, shortNameOf } from './order-people-words.js';
import { changeTitles, type OrderProgramFacts, programPoints } from './program-order-points.js';
import { regulationText, roadmapRows } from './regulation-text.js';

export { fullNameOf, type OrderPerson, shortNameOf } from './order-people-words.js';
export type { OrderProgramFacts } from './program-order-points.js';

export interface OrderGroupFacts {
  id: string;
  mentor: OrderPerson;
  mentees: OrderPerson[];
  forms: readonly GroupForm[];
}

export interface OrderFacts {
  kind: OrderKind;
  /** The day the draft is made: the academic year of terms comes from it. */
  today: string;
  org: {
    fullName: string;
    shortName: string;
    locality: string | null;
    directorName: string | null;
    directorPosition: string | null;
    /** Regional and municipal acts the organization adds to the grounds (settings). */
    grounds: readonly string[];
  };
  /** The curator, when the organization has one: named as the person responsible. */
  curator: OrderPerson | null;
  /** Linked people (staff members, mentors, mentees), in link order. */
  people: OrderPerson[];
  /** Linked pairs and groups, in link order. */
  groups: OrderGroupFacts[];
  /** Linked programs (orders that change or end them), in link order. */
  programs: OrderProgramFacts[];
}

/** The words for each form of mentoring (Regulation §1.3) as an order writes them. */
export const formWords: Record<GroupForm, string> = {
  traditional: 'традиционная (один на один)',
  group: 'групповая',
  reverse: 'реверсивная',
  situational: 'ситуационная',
  speed: 'скоростная',
  'short-term': 'краткосрочная (целеполагающая)',
  virtual: 'виртуальная (дистанционная)',
  'teacher-teacher': '«учитель – учитель»',
  'director-teacher': '«руководитель – учитель»',
  'employer-student': '«работодатель – студент»',
};

/** «2025/2026 учебный год»: a school year starts on 1 September. */
export function academicYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}/${start + 1} учебный год`;
}

/**
 * The federal acts every order on mentoring rests on (as the source's Regulation §1.2 lists them),
 * written to follow «В соответствии с». The organization's regional acts come after them.
 */
export const federalGrounds = {
  labourCode: 'статьёй 351.8 Трудового кодекса Российской Федерации',
  educationLaw: 'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
  teacherGrowth:
    'распоряжением Правительства Российской Федерации от 31.12.2019 № 3273-р «Об утверждении основных принципов национальной системы профессионального роста педагогических работников Российской Федерации, включая национальную систему учительского роста»',
  recommendations:
    'методическими рекомендациями по разработке и внедрению системы (целевой модели) наставничества педагогических работников в образовательных организациях (письмо Министерства просвещения Российской Федерации от 21.12.2021 № АЗ-1128/08)',
} as const;

export function defaultGrounds(kind: OrderKind, org: OrderFacts['org']): string[] {
  const regulation = `Положением о системе наставничества педагогических работников ${org.shortName}`;
  const federal = [federalGrounds.educationLaw, federalGrounds.teacherGrowth, federalGrounds.recommendations];
  switch (kind) {
    case 'regulation':
      return [...federal, ...org.grounds];
    case 'other':
      return [federalGrounds.educationLaw, regulation];
    default:
      return [federalGrounds.labourCode, ...federal, ...org.grounds, regulation];
  }
}

const defaultTitles: Record<OrderKind, string> = {
  regulation:
    'Об утверждении Положения о системе наставничества педагогических работников и дорожной карты его реализации',
  curator: 'О назначении куратора реализации программ наставничества',
  council: 'Об утверждении состава методического объединения наставников',
  mentors: 'О назначении наставников',
  groups: 'О закреплении наставнических пар',
  'program-change': 'О внесении изменений в персонализированные программы наставничества',
  'program-end': 'О завершении персонализированных программ наставничества',
  incentive: 'О поощрении наставников',
  other: 'Об организации наставничества педагогических работников',
};

export function defaultTitle(facts: Pick<OrderFacts, 'kind' | 'groups'> & { programs?: OrderProgramFacts[] }): string {
  if (facts.kind === 'groups' && facts.groups.some((g) => g.mentees.length > 1)) {
    return 'О закреплении наставнических пар и групп';
  }
  const actions = new Set((facts.programs ?? []).map((p) => p.change?.action ?? 'none'));
  const [only] = actions;
  if ((facts.kind === 'program-change' || facts.kind === 'program-end') && actions.size === 1 && only !== 'none')
    return changeTitles[only as keyof typeof changeTitles];
  return defaultTitles[facts.kind];
}

const peopleTable = (people: OrderPerson[]) => ({
  columns: ['№ п/п', 'Фамилия, имя, отчество', 'Должность'],
  rows: people.map((p, i) => [String(i + 1), fullNameOf(p), p.position]),
});

function groupsTable(groups: OrderGroupFacts[], term: string) {
  return {
    columns: ['№ п/п', 'Наставник', 'Наставляемый (наставляемые)', 'Форма наставничества', 'Срок'],
    rows: groups.map((g, i) => [
      String(i + 1),
      personWithPosition(g.mentor),
      g.mentees.map(personWithPosition).join('; '),
      g.forms.map((f) => formWords[f]).join(', '),
      term,
    ]),
  };
}

function pointsAndAppendices(facts: OrderFacts): { points: OrderPoint[]; appendices: OrderAppendix[] } {
  const { org, people, groups } = facts;
  const school = org.shortName;
  const curator = facts.curator ? shortNameOf(facts.curator) : null;
  const year = academicYearOf(facts.today);
  const perAppendix = people.length > 0 ? ' согласно приложению 1' : '';
  const acquaint = point(
    'Ознакомить с настоящим приказом лиц, указанных в нём, под подпись.',
    curator,
    'в течение 3 рабочих дней',
  );
  switch (facts.kind) {
    case 'regulation':
      return {
        points: [
          point(`Утвердить Положение о системе наставничества педагогических работников ${school} (приложение 1).`),
          point(
            `Утвердить дорожную карту (план мероприятий) по реализации Положения о системе наставничества педагогических работников ${school} (приложение 2).`,
          ),
          point('Ввести в действие Положение и дорожную карту со дня подписания настоящего приказа.'),
          point(
            `Разместить Положение и дорожную карту в разделе «Наставничество» официального сайта ${school}.`,
            curator,
            'в течение 10 рабочих дней',
          ),
          point('Ознакомить педагогических работников с Положением под подпись.', curator, 'в течение 10 рабочих дней'),
        ],
        appendices: [
          {
            title: `Положение о системе наставничества педагогических работников ${school}`,
            paragraphs: regulationText(school),
            table: null,
          },
          {
            title: `Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических работников ${school} на ${year}`,
            paragraphs: [],
            table: {
              columns: ['№ п/п', 'Этап', 'Содержание работы', 'Сроки', 'Ответственные'],
              rows: roadmapRows.map((r, i) => [String(i + 1), ...r]),
            },
          },
        ],
      };
    case 'curator': {
      const who = people[0];
      const name = who ? personWithPosition(who) : '___________________________';
      return {
        points: [
          point(
            `Назначить куратором реализации программ наставничества педагогических работников ${school} на ${year}: ${name}.`,
          ),
          point(
            'Куратору вести банки наставников и наставляемых, банк персонализированных программ наставничества, организовать мониторинг реализации программ и подготовить итоговый аналитический отчёт в соответствии с Положением о системе наставничества.',
            who ? shortNameOf(who) : null,
          ),
          acquaint,
        ],
        appendices: [],
      };
    }
    case 'council':
      return {
        points: [
          point(`Создать методическое объединение наставников ${school} и утвердить его состав (приложение 1).`),
          ...(people[0]
            ? [
                point(
                  `Назначить руководителем методического объединения наставников: ${personWithPosition(people[0])}.`,
                ),
              ]
            : []),
          point(
            'Методическому объединению наставников содействовать подбору наставнических пар и групп, разработке и реализации персонализированных программ наставничества, обобщению лучших практик.',
            people[0] ? shortNameOf(people[0]) : null,
          ),
          acquaint,
        ],
        appendices: [
          { title: 'Состав методического объединения наставников', paragraphs: [], table: peopleTable(people) },
        ],
      };
    case 'mentors':
      return {
        points: [
          point(
            `Назначить наставниками педагогических работников ${school}, давших письменное согласие, согласно приложению 1.`,
          ),
          point(
            'Заключить с наставниками дополнительные соглашения к трудовым договорам о наставнической деятельности (содержание, срок и форма наставничества, размер и условия оплаты).',
            null,
            'до начала наставнической деятельности',
          ),
          point('Включить наставников в банк наставников.', curator),
          acquaint,
        ],
        appendices: [{ title: 'Список наставников', paragraphs: [], table: peopleTable(people) }],
      };
    case 'groups':
      return {
        points: [
          point(
            `Закрепить наставнические пары (группы) педагогических работников ${school}, сформированные с письменного согласия их участников, согласно приложению 1.`,
          ),
          point(
            'Наставникам совместно с наставляемыми разработать персонализированные программы наставничества и представить их куратору на согласование.',
            'наставники, указанные в приложении 1',
            'в течение одного месяца',
          ),
          point(
            'Обеспечить сопровождение и мониторинг реализации персонализированных программ наставничества.',
            curator,
          ),
          acquaint,
        ],
        appendices: [
          {
            title: 'Состав наставнических пар (групп)',
            paragraphs: [],
            table: groupsTable(groups, `на ${year}`),
          },
        ],
      };
    case 'program-change':
      if (facts.programs.length > 0)
        return {
          points: [
            ...programPoints(facts.programs),
            point('Обеспечить реализацию программ с учётом внесённых изменений.', curator),
            acquaint,
          ],
          appendices: [],
        };
      return {
        points: [
          point(`Внести изменения в персонализированные программы наставничества${perAppendix}.`),
          point('Обеспечить реализацию программ с учётом внесённых изменений.', curator),
          acquaint,
        ],
        appendices: people.length ? [{ title: 'Участники программ', paragraphs: [], table: peopleTable(people) }] : [],
      };
    case 'program-end':
      if (facts.programs.length > 0)
        return {
          points: [
            ...programPoints(facts.programs),
            point(
              'Провести итоговый мониторинг и внести описание лучших практик в банк лучших практик.',
              curator,
              'в течение 1 месяца',
            ),
            acquaint,
          ],
          appendices: [],
        };
      return {
        points: [
          point(`Считать завершёнными персонализированные программы наставничества${perAppendix}.`),
          point(
            'Провести итоговый мониторинг и внести описание лучших практик в банк лучших практик.',
            curator,
            'в течение 1 месяца',
          ),
          acquaint,
        ],
        appendices: people.length ? [{ title: 'Участники программ', paragraphs: [], table: peopleTable(people) }] : [],
      };
    case 'incentive':
      return {
        points: [
          point(
            `Объявить благодарность наставникам${perAppendix} за успешную реализацию персонализированных программ наставничества.`,
          ),
          point('Разместить информацию о поощрении в разделе «Наставничество» официального сайта.', curator),
          acquaint,
        ],
        appendices: people.length ? [{ title: 'Список наставников', paragraphs: [], table: peopleTable(people) }] : [],
      };
    case 'other':
      return {
        points: [point('Текст распорядительной части.')],
        appendices: people.length ? [{ title: 'Список работников', paragraphs: [], table: peopleTable(people) }] : [],
      };
  }
}

/** Who signs that they have read the order: the people it names, the curator first. */
function acquaintanceOf(facts: OrderFacts): string[] {
  const named: OrderPerson[] = [
    ...(facts.curator ? [facts.curator] : []),
    ...facts.people,
    ...facts.groups.flatMap((g) => [g.mentor, ...g.mentees]),
    ...facts.programs.flatMap((p) => [p.mentor, ...(p.change?.newMentor ? [p.change.newMentor] : []), ...p.mentees]),
  ];
  return [...new Set(named.map(shortNameOf))];
}

export function buildOrderContent(facts: OrderFacts): { title: string; content: OrderContent } {
  const { points, appendices } = pointsAndAppendices(facts);
  return {
    title: defaultTitle(facts),
    content: {
      orgName: facts.org.fullName,
      place: facts.org.locality,
      groundsIntro: 'В соответствии с',
      grounds: defaultGrounds(facts.kind, facts.org),
      points,
      control: 'Контроль за исполнением настоящего приказа оставляю за собой.',
      signer: {
        position: facts.org.directorPosition ?? 'Директор',
        name: facts.org.directorName || '________________',
      },
      acquaintance: facts.kind === 'regulation' ? [] : acquaintanceOf(facts),
      appendices,
    },
  };
}
