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
}

export interface ScoringContext {
  weights: MatchingWeights;
  locale: Locale;
  difficultyName: (id: string) => string;
  /** Pairs the curator ruled out, as `${mentorId}:${menteeId}`. */
  excluded?: ReadonlySet<string>;
  /** Whether mentors of other schools may be proposed (network mentoring). */
  crossSchool?: boolean;
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
  experience: { ru: 'опыт больше на {years} лет', en: '{years} more years of experience' },
  form: { ru: 'подходящая форма: {forms}', en: 'preferred form: {forms}' },
  sameSchool: { ru: 'та же школа', en: 'same school' },
  otherSchool: { ru: 'другая школа', en: 'another school' },
} as const;

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
      reasons.push(say('experience', locale, { years: gap }));
    }
  }

  const forms = mentee.preferredForms.filter((f) => mentor.forms.includes(f));
  if (forms.length > 0) {
    score += w.preferredForm;
    reasons.push(say('form', locale, { forms: forms.join(', ') }));
  }

  if (sameSchool) score += w.sameSchool;
  reasons.push(say(sameSchool ? 'sameSchool' : 'otherSchool', locale));

  // The solver needs a positive score for every allowed pair.
  return { allowed: true, score: Math.max(1, score), reasons };
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
