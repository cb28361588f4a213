// What an order changing or ending programs says about each of them: an extension, a new mentor,
// an early end with the end of the mentor's agreement (art. 351.8), or a program that ended — and
// the title when all its programs change the same way. Pure.
import { formatRuDate } from '../shared/dates.js';
import type { OrderPoint } from './order-contract.js';
import { type OrderPerson, personWithPosition, point, shortNameOf } from './order-people-words.js';

/** A program an order changes or ends, with the change waiting for it (if any). */
export interface OrderProgramFacts {
  id: string;
  mentor: OrderPerson;
  mentees: OrderPerson[];
  startsOn: string;
  endsOn: string;
  status: string;
  change: {
    action: 'extend' | 'replace-mentor' | 'terminate';
    endsOn: string | null;
    newMentor: OrderPerson | null;
    requestedBy: 'mentee' | 'mentor' | null;
    reason: string | null;
    /** The day the change was asked for: the notice under art. 351.8 runs from it. */
    requestedOn: string;
    /** The last day of the mentor's supplementary agreement after an early end. */
    agreementEndsOn: string | null;
  } | null;
}

/** The title of an order whose programs all change the same way. */
export const changeTitles = {
  extend: 'О продлении срока реализации персонализированной программы наставничества',
  'replace-mentor': 'О замене наставника',
  terminate: 'О досрочном завершении персонализированной программы наставничества',
} as const;

const endReasonWords: Record<string, string> = {
  'mentor-initiative': 'по инициативе наставника',
  'mentee-initiative': 'по инициативе наставляемого',
  mutual: 'по обоюдному решению наставника и наставляемого',
  'curator-initiative': 'по инициативе куратора в связи с недолжным исполнением программы',
};

/** «пары: наставник — Петров П. П., наставляемый — Иванова И. И.» */
function pairWords(p: OrderProgramFacts): string {
  const mentees =
    p.mentees.length > 1
      ? `наставляемые — ${p.mentees.map(shortNameOf).join(', ')}`
      : `наставляемый — ${p.mentees.map(shortNameOf).join(', ')}`;
  const whose = p.mentees.length > 1 ? 'группы' : 'пары';
  return `${whose}: наставник — ${shortNameOf(p.mentor)}, ${mentees}`;
}

const termWords = (p: OrderProgramFacts) => `на период с ${ruDate(p.startsOn)} по ${ruDate(p.endsOn)}`;

const ruDate = (iso: string | null): string => formatRuDate(iso) || '__.__.____';

/** Ends a point with one full stop, also after a name's initials («Орлова Д. В.»). */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

export /** The points that say what happens to each linked program. */
function programPoints(programs: OrderProgramFacts[]): OrderPoint[] {
  return programs.flatMap((p): OrderPoint[] => {
    const program = `персонализированной программы наставничества ${pairWords(p)} (программа ${termWords(p)})`;
    const change = p.change;
    if (!change) {
      if (p.status === 'completed')
        return [
          point(
            `Считать завершённой в связи с выполнением плана мероприятий в полном объёме (п. 7.1 Положения) реализацию ${program}.`,
          ),
        ];
      if (p.status === 'terminated')
        return [point(`Считать досрочно завершённой (п. 7.1 Положения) реализацию ${program}.`)];
      return [point(`Внести изменения в реализацию ${program}: ____________________.`)];
    }
    switch (change.action) {
      case 'extend':
        return [
          point(
            `Продлить до ${ruDate(change.endsOn)} срок реализации ${program} по обоюдному согласию наставника и наставляемого (п. 7.2 Положения).`,
          ),
          point(
            sentence(
              `Внести изменение в срок наставничества в дополнительное соглашение к трудовому договору с наставником: ${shortNameOf(p.mentor)}`,
            ),
            null,
            'в течение 5 рабочих дней',
          ),
        ];
      case 'replace-mentor': {
        const who = change.newMentor;
        const why =
          change.requestedBy === 'mentor'
            ? 'по просьбе наставника об освобождении от наставнической деятельности'
            : 'по ходатайству наставляемого о замене наставника (п. 5.1 Положения)';
        return [
          point(
            `Освободить от обязанностей наставника в реализации ${program} ${why}: ${personWithPosition(p.mentor)}.`,
          ),
          point(
            `Назначить наставником в этой ${p.mentees.length > 1 ? 'группе' : 'паре'} на оставшийся срок программы, по ${ruDate(p.endsOn)}, с письменного согласия работника: ${who ? personWithPosition(who) : '___________________________'}.`,
          ),
          point(
            `Прекратить действие дополнительного соглашения о наставнической деятельности с прежним наставником (${shortNameOf(p.mentor)}) и заключить дополнительное соглашение к трудовому договору с новым наставником (${who ? shortNameOf(who) : '________'}) (ст. 351.8 Трудового кодекса Российской Федерации).`,
            null,
            'в течение 3 рабочих дней',
          ),
        ];
      }
      default: {
        // An early end (terminate).
        const reason = change.reason ? (endReasonWords[change.reason] ?? change.reason) : '';
        const agreement =
          change.reason === 'mutual'
            ? `по соглашению сторон с ${ruDate(change.agreementEndsOn)}`
            : `с ${ruDate(change.agreementEndsOn)} — по истечении трёх рабочих дней после предупреждения от ${ruDate(change.requestedOn)}`;
        return [
          point(`Досрочно завершить реализацию ${program} ${reason} (п. 7.1 Положения).`.replace('  ', ' ')),
          point(
            `Прекратить действие дополнительного соглашения о наставнической деятельности к трудовому договору с наставником (${shortNameOf(p.mentor)}) ${agreement} (ст. 351.8 Трудового кодекса Российской Федерации).`,
          ),
        ];
      }
    }
  });
}
