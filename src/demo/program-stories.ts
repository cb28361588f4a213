// What the demo programs say: goals, plans, journal entries and the words of their requests and
// changes, written for the demo (pure data). `day` counts from the program's first day; the seed
// (seed-programs.ts) turns it into a date relative to the day the demo is created. The stories
// themselves are in stories-last-year.ts and stories-this-year.ts.
import type { GroupForm } from '../groups/group-contract.js';
import type { ActivityKind, ActivityStatus, JournalKind } from '../programs/program-contract.js';

export type Side = 'mentor' | 'mentee' | 'pair';

export interface PlanItem {
  title: string;
  kind: ActivityKind;
  day: number;
  who: Side;
  result: string;
  status?: ActivityStatus;
}

export interface JournalItem {
  kind: JournalKind;
  day: number;
  minutes: number;
  /** Who wrote it: the mentor (the one in charge on that day) or the mentee. */
  by: 'mentor' | 'mentee';
  summary: string;
  observation?: { className: string; topic: string; strengths: string; toImprove: string; recommendations: string };
  assignment?: { task: string; checkedAfter: number; result: string };
}

export interface ProgramStory {
  goals: string;
  expectedResults: string;
  strengths: string;
  /** Names from the default catalogue of difficulties. */
  difficulties: string[];
  forms: GroupForm[];
  plan: PlanItem[];
  journal: JournalItem[];
}

export const responsibleWords: Record<Side, string> = {
  mentor: 'Наставник',
  mentee: 'Наставляемый',
  pair: 'Наставник и наставляемый',
};

export const words = {
  extendReason: 'Карантин в классе наставляемого: открытый урок и итоговая встреча перенесены на весну',
  extendNote: 'Наставник и наставляемый согласны на продление, заявления приложены.',
  terminateNote:
    'Наставляемый уходит в отпуск по уходу за ребёнком. Стороны договорились завершить программу досрочно; выполненная часть плана отражена в журнале.',
  petition:
    'Прошу назначить другого наставника: у нас с наставником не совпадают свободные уроки по расписанию, за месяц встречи дважды сорвались.',
  petitionDecision: 'Принято. Новый наставник согласен и свободен в те же часы; прежний наставник не возражает.',
  replaceNote: 'прежний наставник ознакомлен, записи переданы новому.',
  draftComment: 'Согласие подписано на бумаге.',
  draftRemark:
    'На встрече по проекту наставляемый попросил начать с практикума по электронному журналу, а онлайн-курс перенести на конец декабря — в проекте так и сделано.',
  leftBank: 'Отпуск по уходу за ребёнком',
};

export { completedStory, terminatedStory } from './stories-last-year.js';
export { activeStory, agreedStory, approvedStory, draftStory } from './stories-this-year.js';
