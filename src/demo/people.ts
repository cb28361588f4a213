// Pure, deterministic generator of realistic staff for demo Russian schools (names, ages,
// positions, experience, categories, contacts). Same seed → same school; no I/O.

import { seededRandom } from '../shared/random.js';
import {
  FEMALE_NAMES,
  generationOf,
  MALE_NAMES,
  PATRONYMICS,
  STAFF_TEMPLATE,
  type StaffSlotTemplate,
  SURNAMES,
  TRANSLIT,
} from './people-data.js';

export type QualificationCategory = 'none' | 'first' | 'highest' | 'methodist' | 'mentor';

export interface DemoStaffInput {
  lastName: string;
  firstName: string;
  middleName: string | null;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  /** Russian position title, e.g. 'Учитель математики'. */
  position: string;
  /** Subjects taught; empty for psychologists, librarians etc. */
  subjects: string[];
  /** 'YYYY-MM-DD', when hired at this school. */
  hiredOn: string;
  /** Year the person started teaching. */
  teachingSince: number;
  /** без категории, первая, высшая, педагог-методист, педагог-наставник */
  qualificationCategory: QualificationCategory;
  /** Transliterated, unique within the school: 'ivanova.ea@school1.example.ru'. */
  email: string;
  /** A Russian mobile number written as +7 9nn nnn-nn-nn. */
  phone: string;
}

export interface GenerateSchoolStaffOptions {
  seed: number;
  count: number;
  /** 'YYYY-MM-DD': "today" for ages, experience and hiring dates. */
  referenceDate: string;
  /** Domain of the e-mails, e.g. 'school1.example.ru'. */
  emailDomain: string;
  /** Number of young specialists (under 35 and 0–3 years of experience). Default 6. */
  youngSpecialists?: number;
}

/** Young specialist: under 35 on the reference date and referenceYear − teachingSince ∈ [0, 3]. */
export function isYoungSpecialist(
  p: Pick<DemoStaffInput, 'birthDate' | 'teachingSince'>,
  referenceDate: string,
): boolean {
  const ref = parseIsoDate(referenceDate);
  const experience = ref.y - p.teachingSince;
  return ageOn(parseIsoDate(p.birthDate), ref) < 35 && experience >= 0 && experience <= 3;
}

// ---------------------------------------------------------------- transliteration

/**
 * Simple ГОСТ/passport-like Cyrillic → Latin transliteration for e-mail addresses.
 * Output is lower-case. ё → e (so «Алёна» and «Алена» give the same 'alena'),
 * й → y, х → kh, ц → ts, щ → shch, ю → yu, я → ya, ъ and ь are dropped.
 * Characters other than Cyrillic letters are lower-cased and kept as they are.
 * Examples: Щукина → shchukina, Алёна → alena, Юлия → yuliya, Ильич → ilich.
 */
export function transliterate(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += TRANSLIT[ch] ?? ch;
  return out;
}

// ---------------------------------------------------------------- names

/** Feminine form of a masculine surname (Иванов → Иванова, Троицкий → Троицкая, Белых → Белых). */
export function feminineSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ск|цк)ий$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/ой$/.test(male)) return `${male.slice(0, -2)}ая`;
  return male;
}

/** Patronymic from the father's first name, e.g. ('Илья', 'female') → 'Ильинична'. */
export function patronymic(fatherName: string, gender: 'male' | 'female'): string {
  const forms = PATRONYMICS[fatherName];
  if (!forms) throw new Error(`No patronymic for first name «${fatherName}»`);
  return gender === 'male' ? forms[0] : forms[1];
}

// ---------------------------------------------------------------- PRNG

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Picks from [value, weight] pairs. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    return this.pick(items)[0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const x = a[i] as T;
      a[i] = a[j] as T;
      a[j] = x;
    }
    return a;
  }
}

// ---------------------------------------------------------------- dates

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function parseIsoDate(s: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const date = match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
  if (!date || formatDay(toDay(date)) !== s) throw new RangeError(`Invalid ISO date: ${s}`);
  return date;
}

/** Days since 1970-01-01 (UTC). */
function toDay({ y, m, d }: Ymd): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / DAY_MS);
}

function fromDay(day: number): Ymd {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function formatDay(day: number): string {
  const { y, m, d } = fromDay(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Full years between birth and ref. */
function ageOn(birth: Ymd, ref: Ymd): number {
  const beforeBirthday = ref.m < birth.m || (ref.m === birth.m && ref.d < birth.d);
  return ref.y - birth.y - (beforeBirthday ? 1 : 0);
}

/** Same month/day `years` earlier; 29 Feb becomes 28 Feb in a common year. */
function yearsBefore(ref: Ymd, years: number): number {
  const y = ref.y - years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const d = ref.m === 2 && ref.d === 29 && !leap ? 28 : ref.d;
  return toDay({ y, m: ref.m, d });
}

/** A random birth day such that the person is exactly `age` full years old on `ref`. */
function birthDayForAge(rng: Rng, ref: Ymd, age: number): number {
  const lo = yearsBefore(ref, age + 1) + 1;
  const hi = yearsBefore(ref, age);
  const day = rng.int(lo, hi);
  return ageOn(fromDay(day), ref) === age ? day : hi;
}

// ---------------------------------------------------------------- roster

interface Slot {
  template: StaffSlotTemplate;
  young: boolean;
}

/** Distributes `count` people over the staffing template (largest remainder method). */
function buildRoster(count: number): StaffSlotTemplate[] {
  const total = STAFF_TEMPLATE.reduce((s, t) => s + t.per60, 0);
  const quotas = STAFF_TEMPLATE.map((t, index) => {
    const exact = (t.per60 * count) / total;
    return { index, n: Math.floor(exact), frac: exact - Math.floor(exact) };
  });
  let left = count - quotas.reduce((s, q) => s + q.n, 0);
  for (const q of [...quotas].sort((a, b) => b.frac - a.frac || a.index - b.index)) {
    if (left <= 0) break;
    q.n++;
    left--;
  }
  return quotas.flatMap((q) => Array.from({ length: q.n }, () => STAFF_TEMPLATE[q.index] as StaffSlotTemplate));
}

function assignYoung(rng: Rng, roster: readonly StaffSlotTemplate[], young: number): Slot[] {
  const indexes = roster.map((_, i) => i);
  const eligible = rng.shuffle(indexes.filter((i) => roster[i]?.kind !== 'deputy'));
  const others = rng.shuffle(indexes.filter((i) => roster[i]?.kind === 'deputy'));
  const chosen = new Set([...eligible, ...others].slice(0, young));
  return roster.map((template, i) => ({ template, young: chosen.has(i) }));
}

// ---------------------------------------------------------------- career

/** Age of a non-young-specialist; always ≥ 25 so that under-35s can have ≥ 4 years of experience. */
function pickAge(rng: Rng, slot: Slot): number {
  if (slot.template.kind === 'deputy') return rng.int(36, 62);
  const bucket = rng.weighted<readonly [number, number]>([
    [[25, 29], 6],
    [[30, 34], 11],
    [[35, 44], 22],
    [[45, 54], 28],
    [[55, 64], 27],
    [[65, 68], 6],
  ]);
  return rng.int(bucket[0], bucket[1]);
}

interface Career {
  birthDay: number;
  teachingSince: number;
}

function pickCareer(rng: Rng, slot: Slot, ref: Ymd): Career {
  if (slot.young) {
    // Started 0–3 years ago (not this calendar year before September), aged 21–26, or a
    // career changer who is still under 35.
    const experience = ref.m >= 9 ? rng.int(0, 3) : rng.int(1, 3);
    const changer = rng.chance(0.15) && 26 + experience <= 34;
    const age = changer ? rng.int(26 + experience, 34) : rng.int(Math.max(22, 21 + experience), 25 + experience);
    const birthDay = birthDayForAge(rng, ref, age);
    return { birthDay, teachingSince: ref.y - experience };
  }
  const age = pickAge(rng, slot);
  const birthDay = birthDayForAge(rng, ref, age);
  const birthYear = fromDay(birthDay).y;
  // Under-35s must have at least 4 years of experience to stay out of the young-specialist group.
  const maxStartYear = age < 35 ? ref.y - 4 : ref.y;
  const maxStartAge = maxStartYear - birthYear;
  const changer = age >= 35 && slot.template.kind !== 'deputy' && rng.chance(0.12);
  const startAge = changer ? rng.int(27, Math.min(45, maxStartAge)) : rng.int(21, Math.min(26, maxStartAge));
  return { birthDay, teachingSince: birthYear + startAge };
}

/** Hiring date at this school: between 1 Jan of `teachingSince` and the reference date, mostly late August. */
function pickHiredOn(rng: Rng, teachingSince: number, ref: Ymd): number {
  const first = toDay({ y: teachingSince, m: 1, d: 1 });
  const last = toDay(ref);
  const year = rng.chance(0.4) ? teachingSince : rng.int(teachingSince, ref.y);
  let day = rng.chance(0.75)
    ? toDay({ y: year, m: 8, d: rng.int(20, 31) })
    : rng.int(toDay({ y: year, m: 1, d: 9 }), toDay({ y: year, m: 12, d: 28 }));
  if (day > last) day = rng.int(Math.max(first, toDay({ y: ref.y, m: 1, d: 1 })), last);
  return Math.min(Math.max(day, first), last);
}

const CATEGORIES = ['none', 'first', 'highest'] as const;

function pickCategory(rng: Rng, experience: number): QualificationCategory {
  if (experience <= 3) return 'none'; // young specialists never have a category
  if (experience <= 5) return rng.chance(0.3) ? 'first' : 'none';
  const weights = experience <= 10 ? [20, 55, 25] : experience <= 20 ? [10, 40, 50] : [8, 30, 62];
  return rng.weighted(CATEGORIES.map((c, i) => [c, weights[i] ?? 0] as const));
}

// ---------------------------------------------------------------- generator

/**
 * Generates `count` staff members of a demo school. Deterministic for a given seed and options.
 * Exactly `youngSpecialists` (default 6) people are young specialists (see `isYoungSpecialist`).
 */
export function generateSchoolStaff(opts: GenerateSchoolStaffOptions): DemoStaffInput[] {
  const { seed, count, referenceDate, emailDomain } = opts;
  const young = opts.youngSpecialists ?? 6;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer: ${count}`);
  if (!Number.isInteger(young) || young < 0 || young > count) {
    throw new RangeError(`youngSpecialists must be an integer in [0, count]: ${young}`);
  }
  const ref = parseIsoDate(referenceDate);
  const rng = new Rng(seed);
  const slots = assignYoung(rng, buildRoster(count), young);

  const fullNames = new Set<string>();
  const usedSurnames = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const people: DemoStaffInput[] = [];

  for (const slot of slots) {
    const gender = rng.chance(slot.template.male) ? 'male' : 'female';
    const { birthDay, teachingSince } = pickCareer(rng, slot, ref);
    const birthYear = fromDay(birthDay).y;

    let lastName = '';
    let firstName = '';
    let middleName: string | null = null;
    for (let attempt = 0; ; attempt++) {
      const surname = rng.pick(SURNAMES);
      // Prefer surnames not yet used in this school (while the list is far from exhausted).
      if (usedSurnames.has(surname) && attempt < 20 && usedSurnames.size < SURNAMES.length / 2) continue;
      lastName = gender === 'male' ? surname : feminineSurname(surname);
      firstName = rng.pick((gender === 'male' ? MALE_NAMES : FEMALE_NAMES)[generationOf(birthYear)]);
      const father = rng.pick(MALE_NAMES[generationOf(birthYear - rng.int(22, 36))]);
      middleName = rng.chance(0.015) ? null : patronymic(father, gender);
      const key = `${lastName} ${firstName} ${middleName ?? ''}`;
      if (!fullNames.has(key)) {
        fullNames.add(key);
        usedSurnames.add(surname);
        break;
      }
      if (attempt > 1000) throw new Error('Cannot generate a unique full name');
    }

    const initials = transliterate(firstName.charAt(0) + (middleName?.charAt(0) ?? ''));
    const local = `${transliterate(lastName)}.${initials}`.replace(/[^a-z0-9.-]/g, '');
    let email = `${local}@${emailDomain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${emailDomain}`;
    emails.add(email);

    let phone = '';
    do {
      const digits = () => String(rng.int(0, 9));
      phone = `+7 9${rng.int(0, 9)}${rng.int(0, 9)} ${rng.int(100, 999)}-${digits()}${digits()}-${digits()}${digits()}`;
    } while (phones.has(phone));
    phones.add(phone);

    people.push({
      lastName,
      firstName,
      middleName,
      birthDate: formatDay(birthDay),
      position: slot.template.position,
      subjects: [...rng.pick(slot.template.subjects)],
      hiredOn: formatDay(pickHiredOn(rng, teachingSince, ref)),
      teachingSince,
      qualificationCategory: pickCategory(rng, ref.y - teachingSince),
      email,
      phone,
    });
  }

  promoteSeniors(rng, people, ref.y);
  return people;
}

/**
 * A few experienced teachers with the highest category become «педагог-методист» or
 * «педагог-наставник» (categories introduced in 2023); at least one of each in a school of 20+.
 */
function promoteSeniors(rng: Rng, people: DemoStaffInput[], refYear: number): void {
  const candidates = rng.shuffle(
    people.filter((p) => p.qualificationCategory === 'highest' && refYear - p.teachingSince >= 15),
  );
  const quota = people.length >= 20 ? Math.max(2, Math.round(people.length / 20)) : 0;
  candidates.slice(0, Math.min(quota, candidates.length)).forEach((p, i) => {
    p.qualificationCategory = i % 2 === 0 ? 'mentor' : 'methodist';
  });
}
