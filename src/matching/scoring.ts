// How well a mentor answers a mentee (Regulation §6.1: the mentor's profile must answer the
// mentee's requests; mutual interest counts): hard rules that forbid a pair, and a score with
// the reasons a curator reads. Pure: the caller brings the facts.
import type { Locale } from '../i18n/locale.js';
import { fill } from '../i18n/locale.js';

export interface MatchingWeights {
  /** For covering all of the mentee's difficulties (weighted by their priority). */
  coverage: number;
  sameSubject: number;
  /** For a mentor at least `experienceGapYears` more experienced. */
  experience: number;
  preferredForm: number;
  sameSchool: number;
  /** For a mutual choice; a one-sided choice earns half. */
  mutualChoice: number;
}

export const defaultWeights: MatchingWeights = {
  coverage: 60,
  sameSubject: 15,
  experience: 10,
  preferredForm: 5,
  sameSchool: 5,
  mutualChoice: 20,
};

export const experienceGapYears = 5;

export interface MenteeFacts {
  id: string;
  staffId: string;
  orgId: string;
  difficulties: readonly { id: string; priority: number }[];
  subjects: readonly string[];
  teachingYears: number | null;
  preferredForms: readonly string[];
  preferredMentorIds: readonly string[];
  hasPersonalDataConsent: boolean;
}

export interface MentorFacts {
  id: string;
  staffId: string;
  orgId: string;
  competences: readonly string[];
  subjects: readonly string[];
  teachingYears: number | null;
  forms: readonly string[];
  preferredMenteeIds: readonly string[];
  available: boolean;
  hasConsents: boolean;
  /** Places left: capacity minus mentees already in the mentor's groups. */
  freePlaces: number;
  /** Given for a mentor of another school, whom the curator cannot look up in the own bank. */
  fullName?: string;
}

export interface ScoringContext {
  weights: MatchingWeights;
  locale: Locale;
  difficultyName: (id: string) => string;
  /** Pairs the curator ruled out, as `${mentorId}:${menteeId}`. */
  excluded?: ReadonlySet<string>;
  /** Whether mentors of other schools may be proposed (network mentoring). */
  crossSchool?: boolean;
  /** The short name of a school, to say which one another school is. */
  schoolName?: (orgId: string) => string | undefined;
}

export type PairVerdict =
  | { allowed: true; score: number; reasons: string[] }
  | {
      allowed: false;
      rule: 'consent' | 'same-person' | 'excluded' | 'unavailable' | 'full' | 'other-school' | 'no-competence';
    };

const words = {
  covers: { ru: 'закрывает {n} из {total} затруднений: {names}', en: 'covers {n} of {total} difficulties: {names}' },
  mutual: { ru: 'взаимный выбор', en: 'mutual choice' },
  menteeChose: { ru: 'наставляемый выбрал этого наставника', en: 'the mentee chose this mentor' },
  mentorChose: { ru: 'наставник выбрал этого наставляемого', en: 'the mentor chose this mentee' },
  subject: { ru: 'тот же предмет: {subject}', en: 'same subject: {subject}' },
  experience: { ru: 'опыт больше на {years}', en: '{years} more years of experience' },
  form: { ru: 'подходящая форма: {forms}', en: 'preferred form: {forms}' },
  sameSchool: { ru: 'та же школа', en: 'same school' },
  otherSchool: { ru: 'другая школа', en: 'another school' },
  otherNamedSchool: { ru: 'другая школа: {name}', en: 'another school: {name}' },
} as const;

/** How the forms of mentoring read inside a reason. */
const formWords: Record<string, { ru: string; en: string }> = {
  traditional: { ru: 'традиционная (один на один)', en: 'traditional (one to one)' },
  reverse: { ru: 'реверсивная', en: 'reverse' },
  remote: { ru: 'дистанционная', en: 'remote' },
  group: { ru: 'групповая', en: 'group' },
  'cross-school': { ru: 'сетевая', en: 'network' },
  situational: { ru: 'ситуационная', en: 'situational' },
};

/** «1 год», «3 года», «17 лет», «24 года». */
export function russianYears(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11 ? 'год' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'года' : 'лет';
  return `${n} ${word}`;
}

function say(key: keyof typeof words, locale: Locale, params: Record<string, string | number> = {}): string {
  return fill(words[key][locale], params);
}

/** Priority 1 (most pressing) weighs 3, priority 3 weighs 1. */
export function priorityWeight(priority: number): number {
  return Math.max(1, 4 - Math.min(3, Math.max(1, Math.round(priority))));
}

function normalize(s: string): string {
  return s.toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').trim();
}

export function scorePair(mentee: MenteeFacts, mentor: MentorFacts, ctx: ScoringContext): PairVerdict {
  if (!mentee.hasPersonalDataConsent || !mentor.hasConsents) return { allowed: false, rule: 'consent' };
  if (mentee.staffId === mentor.staffId) return { allowed: false, rule: 'same-person' };
  if (ctx.excluded?.has(`${mentor.id}:${mentee.id}`)) return { allowed: false, rule: 'excluded' };
  if (!mentor.available) return { allowed: false, rule: 'unavailable' };
  if (mentor.freePlaces <= 0) return { allowed: false, rule: 'full' };
  const sameSchool = mentee.orgId === mentor.orgId;
  if (!sameSchool && !(ctx.crossSchool && mentor.forms.includes('cross-school'))) {
    return { allowed: false, rule: 'other-school' };
  }

  // §6.1: the mentor's profile must answer the mentee's requests — at least one of them.
  const competences = new Set(mentor.competences);
  const covered = mentee.difficulties.filter((d) => competences.has(d.id));
  if (mentee.difficulties.length > 0 && covered.length === 0) return { allowed: false, rule: 'no-competence' };

  const { weights: w, locale } = ctx;
  const reasons: string[] = [];
  let score = 0;
  if (mentee.difficulties.length > 0) {
    const total = mentee.difficulties.reduce((sum, d) => sum + priorityWeight(d.priority), 0);
    const got = covered.reduce((sum, d) => sum + priorityWeight(d.priority), 0);
    score += Math.round((w.coverage * got) / total);
    reasons.push(
      say('covers', locale, {
        n: covered.length,
        total: mentee.difficulties.length,
        names: covered.map((d) => ctx.difficultyName(d.id)).join(', '),
      }),
    );
  }

  const menteeChose = mentee.preferredMentorIds.includes(mentor.id);
  const mentorChose = mentor.preferredMenteeIds.includes(mentee.id);
  if (menteeChose && mentorChose) {
    score += w.mutualChoice;
    reasons.push(say('mutual', locale));
  } else if (menteeChose || mentorChose) {
    score += Math.round(w.mutualChoice / 2);
    reasons.push(say(menteeChose ? 'menteeChose' : 'mentorChose', locale));
  }

  const mentorSubjects = new Map(mentor.subjects.map((s) => [normalize(s), s]));
  const shared = mentee.subjects.find((s) => mentorSubjects.has(normalize(s)));
  if (shared) {
    score += w.sameSubject;
    reasons.push(say('subject', locale, { subject: shared.toLocaleLowerCase('ru-RU') }));
  }

  if (mentee.teachingYears !== null && mentor.teachingYears !== null) {
    const gap = mentor.teachingYears - mentee.teachingYears;
    if (gap >= experienceGapYears) {
      score += w.experience;
      reasons.push(say('experience', locale, { years: locale === 'ru' ? russianYears(gap) : gap }));
    }
  }

  const forms = mentee.preferredForms.filter((f) => mentor.forms.includes(f));
  if (forms.length > 0) {
    score += w.preferredForm;
    reasons.push(say('form', locale, { forms: forms.map((f) => formWords[f]?.[locale] ?? f).join(', ') }));
  }

  if (sameSchool) score += w.sameSchool;
  const otherName = sameSchool ? undefined : ctx.schoolName?.(mentor.orgId);
  reasons.push(
    sameSchool
      ? say('sameSchool', locale)
      : otherName
        ? say('otherNamedSchool', locale, { name: otherName })
        : say('otherSchool', locale),
  );

  // The solver needs a positive score for every allowed pair.
  return { allowed: true, score: Math.max(1, score), reasons };
}

const ruleWords: Record<
  Extract<PairVerdict, { allowed: false }>['rule'] | 'not-searching' | 'no-mentor',
  { ru: string; en: string }
> = {
  consent: { ru: 'нет нужных согласий одного из двоих', en: 'one of the two lacks the consents required' },
  'same-person': { ru: 'это один и тот же человек', en: 'this is the same person' },
  excluded: { ru: 'куратор исключил эту пару', en: 'the curator ruled this pair out' },
  unavailable: { ru: 'наставник сейчас не принимает наставляемых', en: 'the mentor takes no mentees now' },
  full: { ru: 'у наставника не осталось свободных мест', en: 'the mentor has no places left' },
  'other-school': {
    ru: 'наставник другой школы, а сетевое наставничество не включено или он его не ведёт',
    en: 'the mentor is from another school and network mentoring is off or not among their forms',
  },
  'no-competence': {
    ru: 'наставник не закрывает ни одного из затруднений наставляемого (§6.1)',
    en: 'the mentor answers none of the mentee’s difficulties (§6.1)',
  },
  'not-searching': { ru: 'наставляемый сейчас не ищет наставника', en: 'the mentee is not searching for a mentor now' },
  'no-mentor': { ru: 'наставника нет среди доступных', en: 'the mentor is not among those available' },
};

/** Why a pair may not be formed, in the curator's words. */
export function refusalText(rule: keyof typeof ruleWords, locale: Locale): string {
  return ruleWords[rule][locale];
}

const unmatchedWords = {
  noConsent: { ru: 'нет согласия на обработку персональных данных', en: 'no consent to personal data processing' },
  noCompetence: { ru: 'нет наставника с компетенцией: {names}', en: 'no mentor with the competence: {names}' },
  allBusy: { ru: 'все подходящие наставники заняты', en: 'all suitable mentors are taken' },
  noMentors: { ru: 'нет доступных наставников', en: 'no mentors available' },
} as const;

/** Why a mentee was left without a pair, in words a curator can act on. */
export function explainUnmatched(
  mentee: MenteeFacts,
  mentors: readonly MentorFacts[],
  allowedMentorIds: ReadonlySet<string>,
  ctx: Pick<ScoringContext, 'locale' | 'difficultyName'>,
): string {
  const t = (key: keyof typeof unmatchedWords, params: Record<string, string> = {}) =>
    fill(unmatchedWords[key][ctx.locale], params);
  if (!mentee.hasPersonalDataConsent) return t('noConsent');
  const offered = new Set(mentors.filter((m) => m.available && m.hasConsents).flatMap((m) => m.competences));
  const missing = mentee.difficulties.filter((d) => !offered.has(d.id));
  if (mentee.difficulties.length > 0 && missing.length === mentee.difficulties.length) {
    return t('noCompetence', { names: missing.map((d) => ctx.difficultyName(d.id)).join(', ') });
  }
  if (allowedMentorIds.size > 0) return t('allBusy');
  const wanted = new Set(mentee.difficulties.map((d) => d.id));
  const suitableButFull = mentors.some(
    (m) =>
      m.available &&
      m.hasConsents &&
      m.freePlaces <= 0 &&
      (wanted.size === 0 || m.competences.some((c) => wanted.has(c))),
  );
  return t(suitableButFull ? 'allBusy' : 'noMentors');
}
