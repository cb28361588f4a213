// The three ready questionnaires of the Roadmap: what teachers need help with (stage 2), who is
// ready to be a mentor (stage 3) and how well the programs went (stage 6). The choices about
// difficulties and competences are built from the organization's own catalogue, so an answer can
// go straight into the banks. Pure: the catalogue comes in as an argument.
import { z } from 'zod';
import { mentorForms } from '../banks/bank-contract.js';
import { isoDate, optionalText } from '../http/common-contract.js';
import type { Audience, Question, SurveyData } from './survey-contract.js';

export const templateNames = ['needs-assessment', 'mentor-candidate', 'satisfaction'] as const;
export type TemplateName = (typeof templateNames)[number];

export const fromTemplateSchema = z
  .object({
    template: z.enum(templateNames),
    title: optionalText(300),
    opensOn: isoDate,
    closesOn: isoDate,
  })
  .refine((s) => s.opensOn <= s.closesOn, { message: 'v.surveyWindow', path: ['closesOn'] });

export interface CatalogEntry {
  id: string;
  group: string;
  name: string;
}

const formWords: Record<(typeof mentorForms)[number], string> = {
  traditional: 'Постоянная работа один на один',
  reverse: 'Обмен опытом, в котором учимся друг у друга',
  remote: 'Дистанционно, по переписке и видеосвязи',
  group: 'Занятия в небольшой группе коллег',
  'cross-school': 'С наставником из другой школы',
  situational: 'Разовая помощь, когда возникает вопрос',
};
const formOptions = mentorForms.map((f) => ({ id: f, text: formWords[f] }));

/** One question per group of the catalogue, each choice carrying its difficulty's id. */
function catalogQuestions(catalog: readonly CatalogEntry[], prefix: string, wording: (group: string) => string) {
  const groups = [...new Set(catalog.map((c) => c.group))];
  return groups.map(
    (group, g): Question => ({
      id: `${prefix}-${g + 1}`,
      text: wording(group),
      type: 'multiple',
      required: false,
      options: catalog
        .filter((c) => c.group === group)
        .slice(0, 60)
        .map((c, i) => ({ id: `${prefix}-${g + 1}-${i + 1}`, text: c.name, difficultyId: c.id })),
    }),
  );
}

function needsAssessment(catalog: readonly CatalogEntry[]): Question[] {
  return [
    ...catalogQuestions(catalog, 'need', (group) => `«${group}»: что из этого сейчас вызывает у вас трудности?`),
    { id: 'hindrance', text: 'Насколько эти трудности мешают вам в работе?', type: 'scale5', required: true },
    {
      id: 'confidence',
      text: 'Оцените, насколько уверенно вы чувствуете себя в профессии сегодня',
      type: 'scale10',
      required: true,
    },
    {
      id: 'forms',
      text: 'Как вам было бы удобнее получать помощь?',
      type: 'multiple',
      options: formOptions,
      required: false,
    },
    {
      id: 'request',
      text: 'Опишите своими словами, с чем вы хотели бы разобраться вместе с наставником',
      type: 'text',
      required: true,
    },
  ];
}

function mentorCandidate(catalog: readonly CatalogEntry[]): Question[] {
  return [
    {
      id: 'willing',
      text: 'Готовы ли вы стать наставником для коллеги в этом учебном году?',
      type: 'single',
      required: true,
      options: [
        { id: 'yes', text: 'Да' },
        { id: 'maybe', text: 'Скорее да, хотел(а) бы обсудить условия' },
        { id: 'no', text: 'Нет, не в этом году' },
      ],
    },
    ...catalogQuestions(catalog, 'can', (group) => `«${group}»: в чём вы могли бы помочь коллегам?`),
    {
      id: 'capacity',
      text: 'Скольких коллег вы могли бы сопровождать одновременно?',
      type: 'single',
      required: false,
      options: [
        { id: 'cap-1', text: 'Одного' },
        { id: 'cap-2', text: 'Двоих' },
        { id: 'cap-3', text: 'Троих и больше' },
      ],
    },
    {
      id: 'forms',
      text: 'В каких формах вам удобно работать?',
      type: 'multiple',
      options: formOptions,
      required: false,
    },
    {
      id: 'experience',
      text: 'Расскажите коротко о своём опыте, которым готовы делиться',
      type: 'text',
      required: false,
    },
  ];
}

function satisfaction(): Question[] {
  return [
    { id: 'overall', text: 'Как в целом вы оцениваете программу наставничества?', type: 'scale10', required: true },
    { id: 'meetings', text: 'Насколько полезными были встречи?', type: 'scale5', required: true },
    { id: 'goals', text: 'Насколько удалось достичь поставленных целей?', type: 'scale5', required: true },
    { id: 'climate', text: 'Насколько комфортно вам было работать в паре или группе?', type: 'scale5', required: true },
    {
      id: 'again',
      text: 'Стали бы вы снова участвовать в наставничестве?',
      type: 'single',
      required: false,
      options: [
        { id: 'yes', text: 'Да' },
        { id: 'unsure', text: 'Пока не знаю' },
        { id: 'no', text: 'Нет' },
      ],
    },
    { id: 'best', text: 'Что оказалось самым ценным?', type: 'text', required: false },
    { id: 'improve', text: 'Что стоит изменить в следующий раз?', type: 'text', required: false },
  ];
}

const defaults: Record<TemplateName, { title: string; anonymous: boolean; audience: Audience }> = {
  'needs-assessment': { title: 'Выявление профессиональных затруднений педагогов', anonymous: false, audience: {} },
  'mentor-candidate': { title: 'Анкета потенциального наставника', anonymous: false, audience: {} },
  // Honest answers about a program need anonymity; it is addressed to those who took part.
  satisfaction: {
    title: 'Оценка качества программ наставничества',
    anonymous: true,
    audience: { banks: ['mentees', 'mentors'] },
  },
};

export function buildTemplate(
  input: { template: TemplateName; title: string | null; opensOn: string; closesOn: string },
  catalog: readonly CatalogEntry[],
): SurveyData {
  const d = defaults[input.template];
  const questions =
    input.template === 'needs-assessment'
      ? needsAssessment(catalog)
      : input.template === 'mentor-candidate'
        ? mentorCandidate(catalog)
        : satisfaction();
  return {
    title: input.title ?? d.title,
    kind: input.template,
    anonymous: d.anonymous,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    audience: d.audience,
    questions,
  };
}
