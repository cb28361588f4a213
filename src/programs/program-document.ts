// The personalized program as a paper to sign (the pair and the curator agree, the director
// approves), and the completion report: what was planned and done, the time spent, the results
// and both sides' self-assessment. Pure: the route loads the facts; the orders' paper machinery
// lays it out per ГОСТ Р 7.0.97-2016 in Word and PDF.
import type { GroupForm } from '../groups/group-contract.js';
import { formWords, fullNameOf, type OrderPerson, shortNameOf } from '../orders/order-content.js';
import { typeset } from '../orders/order-document.js';
import { blankDate, blankLine, type PaperBlock, type PaperDocument } from '../orders/paper-document.js';
import { formatRuDate } from '../shared/dates.js';
import type { ActivityKind, ActivityStatus } from './program-contract.js';

export interface ProgramFacts {
  org: { fullName: string; shortName: string; directorName: string | null; directorPosition: string | null };
  status: string;
  startsOn: string;
  endsOn: string;
  mentor: OrderPerson;
  mentees: OrderPerson[];
  difficulties: string[];
  goals: string;
  expectedResults: string | null;
  strengths: string | null;
  forms: GroupForm[];
  activities: {
    title: string;
    kind: ActivityKind;
    dueOn: string | null;
    responsible: string | null;
    expectedResult: string | null;
    status: ActivityStatus;
    evidence: string | null;
  }[];
  journal: { kind: string; minutes: number | null }[];
  curator: OrderPerson | null;
  /** What was achieved, and the self-assessments in the order of `mentees` (null: none written). */
  outcome: { results: string | null; mentor: string | null; mentees: (string | null)[] };
}

const kindWords: Record<ActivityKind, string> = {
  meeting: 'встреча',
  'lesson-observation': 'посещение урока',
  'open-lesson': 'открытый урок',
  consultation: 'консультация',
  seminar: 'семинар',
  'self-study': 'самообразование',
  competition: 'конкурс',
  other: 'другое',
};

const statusWords: Record<ActivityStatus, string> = {
  planned: 'запланировано',
  'in-progress': 'в работе',
  done: 'выполнено',
  dropped: 'исключено',
};

const lower = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);

function people(f: ProgramFacts) {
  const mentor = `${fullNameOf(f.mentor)}, ${lower(f.mentor.position)}`;
  const mentees = f.mentees.map((m) => `${fullNameOf(m)}, ${lower(m.position)}`);
  return { mentor, mentees };
}

function header(f: ProgramFacts, title: string): PaperBlock[] {
  return [
    {
      type: 'corner',
      lines: [
        'УТВЕРЖДАЮ',
        f.org.directorPosition ?? 'Директор',
        typeset(f.org.shortName),
        `${blankLine} / ${typeset(f.org.directorName ?? '______________')} /`,
        blankDate,
      ],
    },
    { type: 'title', lines: [title, `на период с ${formatRuDate(f.startsOn)} по ${formatRuDate(f.endsOn)}`] },
  ];
}

export function programDocument(f: ProgramFacts): PaperDocument {
  const t = typeset;
  const { mentor, mentees } = people(f);
  const text = (value: string): PaperBlock => ({ type: 'text', text: t(value) });
  const section = (value: string): PaperBlock => ({ type: 'section', text: value });
  const plan: PaperBlock[] = f.activities.length
    ? f.activities.map((a, i) =>
        text(
          `${i + 1}. ${a.title} (${kindWords[a.kind]})${a.dueOn ? ` — срок: ${formatRuDate(a.dueOn)}` : ''}${
            a.responsible ? `; ответственный: ${a.responsible}` : ''
          }${a.expectedResult ? `; ожидаемый результат: ${lower(a.expectedResult)}` : ''}.`,
        ),
      )
    : [{ type: 'line', text: '1. ________________________________________________' }];
  const blocks: PaperBlock[] = [
    ...header(f, 'Персонализированная программа наставничества'),
    section('1. Участники'),
    text(`Наставник: ${mentor}.`),
    text(`${f.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый'}: ${mentees.join('; ')}.`),
    text(`Форма наставничества: ${f.forms.map((x) => formWords[x]).join(', ') || '—'}.`),
    section('2. Профессиональные затруднения, на преодоление которых направлена программа'),
    text(f.difficulties.length ? `${f.difficulties.join('; ')}.` : '—'),
    section('3. Цели и ожидаемые результаты'),
    text(f.goals),
    ...(f.expectedResults ? [text(`Ожидаемые результаты: ${lower(f.expectedResults)}`)] : []),
    ...(f.strengths
      ? [section('4. Сильные стороны наставляемого, на которые опирается программа'), text(f.strengths)]
      : []),
    section(`${f.strengths ? 5 : 4}. План мероприятий`),
    ...plan,
    section(`${f.strengths ? 6 : 5}. Подписи`),
    {
      type: 'parties',
      parties: [
        { heading: 'Наставник', lines: [`____________ / ${t(shortNameOf(f.mentor))} /`, blankDate] },
        ...f.mentees.map((m) => ({
          heading: 'Наставляемый',
          lines: [`____________ / ${t(shortNameOf(m))} /`, blankDate],
        })),
      ],
    },
    { type: 'text', text: 'СОГЛАСОВАНО:', plain: true, gap: true },
    {
      type: 'spread',
      left: `Куратор ${f.curator ? t(shortNameOf(f.curator)) : '______________'}`,
      right: `${blankLine} ${blankDate}`,
    },
  ];
  return { title: `Программа наставничества: ${fullNameOf(f.mentor)}`, blocks };
}

export function completionReport(f: ProgramFacts): PaperDocument {
  const t = typeset;
  const { mentor, mentees } = people(f);
  const text = (value: string): PaperBlock => ({ type: 'text', text: t(value) });
  const section = (value: string): PaperBlock => ({ type: 'section', text: value });
  const done = f.activities.filter((a) => a.status === 'done').length;
  const minutes = f.journal.reduce((sum, e) => sum + (e.minutes ?? 0), 0);
  const hours = Math.round((minutes / 60) * 10) / 10;
  const meetings = f.journal.filter((e) => e.kind === 'meeting').length;
  const observations = f.journal.filter((e) => e.kind === 'lesson-observation').length;
  const blank = (n: number): PaperBlock[] =>
    Array.from({ length: n }, () => ({ type: 'line' as const, text: '_'.repeat(64) }));
  const blocks: PaperBlock[] = [
    { type: 'title', lines: ['Отчёт о реализации', 'персонализированной программы наставничества'] },
    {
      type: 'text',
      plain: true,
      text: t(`Период: с ${formatRuDate(f.startsOn)} по ${formatRuDate(f.endsOn)}. Наставник: ${mentor}.`),
    },
    {
      type: 'text',
      plain: true,
      text: t(`${f.mentees.length > 1 ? 'Наставляемые' : 'Наставляемый'}: ${mentees.join('; ')}.`),
    },
    section('1. Выполнение плана'),
    text(`Запланировано мероприятий: ${f.activities.length}, выполнено: ${done}.`),
    ...f.activities.map((a, i) =>
      text(`${i + 1}. ${a.title} — ${statusWords[a.status]}${a.evidence ? ` (${lower(a.evidence)})` : ''}.`),
    ),
    section('2. Журнал'),
    text(
      `Встреч: ${meetings}; посещённых уроков: ${observations}; всего записей: ${f.journal.length}; затрачено времени: ${hours.toLocaleString('ru-RU')} ч.`,
    ),
    section('3. Достигнутые результаты'),
    ...(f.expectedResults ? [text(`Ожидавшиеся результаты: ${lower(f.expectedResults)}`)] : []),
    ...(f.outcome.results ? [text(f.outcome.results)] : blank(3)),
    section(f.mentees.length > 1 ? '4. Самооценка наставляемых' : '4. Самооценка наставляемого'),
    ...f.mentees.flatMap((m, i) => {
      const own = f.outcome.mentees[i] ?? null;
      const who = f.mentees.length > 1 ? `${shortNameOf(m)}: ` : '';
      return own ? [text(`${who}${own}`)] : [...(who ? [text(who.trim())] : []), ...blank(2)];
    }),
    section('5. Самооценка наставника'),
    ...(f.outcome.mentor ? [text(f.outcome.mentor)] : blank(3)),
    section('6. Подписи'),
    {
      type: 'parties',
      parties: [
        { heading: 'Наставник', lines: [`____________ / ${t(shortNameOf(f.mentor))} /`, blankDate] },
        ...f.mentees.map((m) => ({
          heading: 'Наставляемый',
          lines: [`____________ / ${t(shortNameOf(m))} /`, blankDate],
        })),
      ],
    },
    {
      type: 'spread',
      left: `Куратор ${f.curator ? t(shortNameOf(f.curator)) : '______________'}`,
      right: `${blankLine} ${blankDate}`,
    },
  ];
  return { title: `Отчёт о программе наставничества: ${fullNameOf(f.mentor)}`, blocks };
}
