import { describe, expect, it } from 'vitest';
import {
  type DemoStaffInput,
  feminineSurname,
  generateSchoolStaff,
  isYoungSpecialist,
  patronymic,
  transliterate,
} from './people.js';
import { FEMALE_NAMES, INVARIANT_SURNAMES, MALE_NAMES, PATRONYMICS, SURNAMES } from './people-data.js';

const REF = '2025-10-01';
const base = { seed: 42, count: 60, referenceDate: REF, emailDomain: 'school1.example.ru' };

const femaleNames = new Set(Object.values(FEMALE_NAMES).flat());
const maleNames = new Set(Object.values(MALE_NAMES).flat());

function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

function ageOn(birthDate: string, ref: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = ref.split('-').map(Number) as [number, number, number];
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}

function isFemale(p: DemoStaffInput): boolean {
  return femaleNames.has(p.firstName);
}

describe('generateSchoolStaff', () => {
  it('is deterministic for the same seed', () => {
    expect(generateSchoolStaff(base)).toEqual(generateSchoolStaff(base));
  });

  it('gives different schools for different seeds', () => {
    const a = generateSchoolStaff(base).map((p) => `${p.lastName} ${p.firstName}`);
    const b = generateSchoolStaff({ ...base, seed: 43 }).map((p) => `${p.lastName} ${p.firstName}`);
    expect(a).not.toEqual(b);
    expect(a.filter((n) => b.includes(n)).length).toBeLessThan(10);
  });

  it('returns exactly `count` people with a realistic staffing of a school of 60', () => {
    const staff = generateSchoolStaff(base);
    expect(staff).toHaveLength(60);
    const byPosition = (pos: string) => staff.filter((p) => p.position === pos).length;
    expect(byPosition('Учитель начальных классов')).toBe(12);
    expect(byPosition('Педагог-психолог')).toBe(1);
    expect(byPosition('Социальный педагог')).toBe(1);
    expect(byPosition('Учитель-логопед')).toBe(1);
    expect(byPosition('Педагог-библиотекарь')).toBe(1);
    const deputies = staff.filter((p) => p.position.startsWith('Заместитель директора')).length;
    expect(deputies).toBeGreaterThanOrEqual(2);
    expect(deputies).toBeLessThanOrEqual(3);
    expect(byPosition('Педагог дополнительного образования')).toBeGreaterThanOrEqual(1);
    const subjects = new Set(staff.flatMap((p) => p.subjects));
    for (const s of [
      'Русский язык',
      'Литература',
      'Информатика',
      'Физика',
      'Химия',
      'Биология',
      'География',
      'История',
      'Обществознание',
      'Английский язык',
      'Немецкий язык',
      'Музыка',
      'Изобразительное искусство',
      'Труд (технология)',
      'Физическая культура',
      'Основы безопасности и защиты Родины',
    ]) {
      expect(subjects, s).toContain(s);
    }
    expect(['Математика', 'Алгебра', 'Геометрия'].some((s) => subjects.has(s))).toBe(true);
    expect(staff.find((p) => p.position === 'Педагог-психолог')?.subjects).toEqual([]);
  });

  it('handles other sizes', () => {
    expect(generateSchoolStaff({ ...base, count: 0, youngSpecialists: 0 })).toEqual([]);
    for (const count of [1, 7, 25, 61, 137]) {
      const young = Math.min(count, 6);
      const staff = generateSchoolStaff({ ...base, count, youngSpecialists: young });
      expect(staff).toHaveLength(count);
      expect(staff.filter((p) => isYoungSpecialist(p, REF))).toHaveLength(young);
    }
  });

  it('rejects impossible options', () => {
    expect(() => generateSchoolStaff({ ...base, count: 3 })).toThrow(RangeError);
    expect(() => generateSchoolStaff({ ...base, count: -1 })).toThrow(RangeError);
    expect(() => generateSchoolStaff({ ...base, referenceDate: '2025-02-30' })).toThrow(RangeError);
  });

  it('has about 80% women', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const staff = generateSchoolStaff({ ...base, seed });
      const share = staff.filter(isFemale).length / staff.length;
      expect(share).toBeGreaterThanOrEqual(0.7);
      expect(share).toBeLessThanOrEqual(0.93);
    }
  });

  it.each([
    [6, '2025-10-01', 1],
    [6, '2025-03-15', 2],
    [0, '2024-09-01', 3],
    [10, '2024-02-29', 4],
    [1, '2030-01-01', 5],
  ])('has exactly %i young specialists (ref %s, seed %i)', (young, referenceDate, seed) => {
    const staff = generateSchoolStaff({ ...base, seed, referenceDate, youngSpecialists: young });
    const refYear = Number(referenceDate.slice(0, 4));
    const byRule = staff.filter((p) => {
      const exp = refYear - p.teachingSince;
      return ageOn(p.birthDate, referenceDate) < 35 && exp >= 0 && exp <= 3;
    });
    expect(byRule).toHaveLength(young);
    expect(staff.filter((p) => isYoungSpecialist(p, referenceDate))).toHaveLength(young);
    for (const p of byRule) expect(p.qualificationCategory).toBe('none');
  });

  it('defaults to 6 young specialists', () => {
    const staff = generateSchoolStaff(base);
    expect(staff.filter((p) => isYoungSpecialist(p, REF))).toHaveLength(6);
  });

  it('keeps dates, ages, experience and categories consistent', () => {
    for (const seed of [1, 7, 42, 2024, 99999]) {
      for (const referenceDate of [REF, '2024-02-29', '2023-06-15']) {
        const refYear = Number(referenceDate.slice(0, 4));
        const staff = generateSchoolStaff({ ...base, seed, referenceDate });
        for (const p of staff) {
          expect(isValidIsoDate(p.birthDate), p.birthDate).toBe(true);
          expect(isValidIsoDate(p.hiredOn), p.hiredOn).toBe(true);
          const age = ageOn(p.birthDate, referenceDate);
          expect(age).toBeGreaterThanOrEqual(22);
          expect(age).toBeLessThanOrEqual(68);
          const birthYear = Number(p.birthDate.slice(0, 4));
          expect(p.teachingSince - birthYear).toBeGreaterThanOrEqual(21);
          expect(p.teachingSince).toBeLessThanOrEqual(refYear);
          expect(p.hiredOn >= `${p.teachingSince}-01-01`).toBe(true);
          expect(p.hiredOn <= referenceDate).toBe(true);
          const exp = refYear - p.teachingSince;
          if (exp <= 3) expect(p.qualificationCategory).toBe('none');
          if (p.qualificationCategory === 'methodist' || p.qualificationCategory === 'mentor') {
            expect(exp).toBeGreaterThanOrEqual(15);
          }
          expect(p.phone).toMatch(/^\+7 9\d{2} \d{3}-\d{2}-\d{2}$/);
        }
      }
    }
  });

  it('has a realistic age spread and a few methodists/mentors', () => {
    const staff = [1, 2, 3, 4].flatMap((seed) => generateSchoolStaff({ ...base, seed }));
    const ages = staff.map((p) => ageOn(p.birthDate, REF));
    const mean = ages.reduce((s, a) => s + a, 0) / ages.length;
    expect(mean).toBeGreaterThan(40);
    expect(mean).toBeLessThan(52);
    expect(ages.filter((a) => a >= 55).length).toBeGreaterThan(staff.length * 0.15);
    const cats = (c: string) => staff.filter((p) => p.qualificationCategory === c).length;
    expect(cats('highest')).toBeGreaterThan(cats('methodist') + cats('mentor'));
    expect(cats('first')).toBeGreaterThan(0);
    expect(cats('methodist')).toBeGreaterThan(0);
    expect(cats('mentor')).toBeGreaterThan(0);
    expect(cats('methodist') + cats('mentor')).toBeLessThanOrEqual(staff.length * 0.1);
  });

  it('has no duplicate full names, e-mails or phones and uses the domain', () => {
    for (const seed of [1, 2, 3]) {
      const staff = generateSchoolStaff({ ...base, seed, count: 200 });
      const names = staff.map((p) => `${p.lastName} ${p.firstName} ${p.middleName ?? ''}`);
      expect(new Set(names).size).toBe(staff.length);
      expect(new Set(staff.map((p) => p.email)).size).toBe(staff.length);
      expect(new Set(staff.map((p) => p.phone)).size).toBe(staff.length);
      for (const p of staff) expect(p.email).toMatch(/^[a-z0-9.-]+@school1\.example\.ru$/);
    }
  });

  it('mostly uses distinct surnames within a school', () => {
    const staff = generateSchoolStaff(base);
    const bases = staff.map((p) => p.lastName.replace(/(ова|ева|ёва|ина|ына)$/, (m) => m.slice(0, -1)));
    expect(new Set(bases).size).toBe(staff.length);
  });

  it('builds e-mails from the transliterated surname and initials', () => {
    for (const p of generateSchoolStaff(base)) {
      const initials = transliterate(p.firstName[0] + (p.middleName?.[0] ?? ''));
      expect(p.email).toMatch(new RegExp(`^${transliterate(p.lastName)}\\.${initials}\\d*@`));
    }
  });

  it('agrees surname and patronymic with gender', () => {
    const staff = [1, 2, 3].flatMap((seed) => generateSchoolStaff({ ...base, seed }));
    const invariant = new Set([...INVARIANT_SURNAMES]);
    for (const p of staff) {
      const female = isFemale(p);
      expect(female || maleNames.has(p.firstName), p.firstName).toBe(true);
      if (p.middleName !== null) {
        expect(p.middleName).toMatch(female ? /(вна|чна)$/ : /(вич|ич)$/);
      }
      if (invariant.has(p.lastName)) continue;
      if (female) expect(p.lastName).toMatch(/(ова|ева|ёва|ина|ына|ая)$/);
      else expect(p.lastName).toMatch(/(ов|ев|ёв|ин|ын|ий|ой)$/);
    }
  });

  it('uses «ё» in some names so that ё/е search can be shown', () => {
    const staff = [1, 2, 3].flatMap((seed) => generateSchoolStaff({ ...base, seed }));
    const withYo = staff.filter((p) => `${p.lastName}${p.firstName}${p.middleName ?? ''}`.includes('ё'));
    expect(withYo.length).toBeGreaterThan(3);
  });
});

describe('names', () => {
  it('forms feminine surnames', () => {
    expect(feminineSurname('Иванов')).toBe('Иванова');
    expect(feminineSurname('Соколов')).toBe('Соколова');
    expect(feminineSurname('Фёдоров')).toBe('Фёдорова');
    expect(feminineSurname('Семёнов')).toBe('Семёнова');
    expect(feminineSurname('Соловьёв')).toBe('Соловьёва');
    expect(feminineSurname('Ильин')).toBe('Ильина');
    expect(feminineSurname('Троицкий')).toBe('Троицкая');
    expect(feminineSurname('Вишневский')).toBe('Вишневская');
    expect(feminineSurname('Донской')).toBe('Донская');
    expect(feminineSurname('Ковальчук')).toBe('Ковальчук');
    expect(feminineSurname('Белых')).toBe('Белых');
    expect(feminineSurname('Шевченко')).toBe('Шевченко');
  });

  it('keeps invariant surnames invariant and lists them among surnames', () => {
    for (const s of INVARIANT_SURNAMES) {
      expect(SURNAMES).toContain(s);
      expect(feminineSurname(s)).toBe(s);
    }
    for (const s of SURNAMES.filter((x) => !INVARIANT_SURNAMES.includes(x))) {
      expect(feminineSurname(s), s).not.toBe(s);
    }
  });

  it('forms patronymics from the lookup table', () => {
    expect(patronymic('Иван', 'male')).toBe('Иванович');
    expect(patronymic('Иван', 'female')).toBe('Ивановна');
    expect(patronymic('Никита', 'male')).toBe('Никитич');
    expect(patronymic('Никита', 'female')).toBe('Никитична');
    expect(patronymic('Илья', 'male')).toBe('Ильич');
    expect(patronymic('Илья', 'female')).toBe('Ильинична');
    expect(patronymic('Лев', 'male')).toBe('Львович');
    expect(patronymic('Лев', 'female')).toBe('Львовна');
    expect(patronymic('Павел', 'female')).toBe('Павловна');
    expect(patronymic('Пётр', 'male')).toBe('Петрович');
    expect(patronymic('Пётр', 'female')).toBe('Петровна');
    expect(patronymic('Михаил', 'female')).toBe('Михайловна');
    expect(patronymic('Юрий', 'male')).toBe('Юрьевич');
    expect(() => patronymic('Мария', 'female')).toThrow();
  });

  it('has a patronymic for every male first name', () => {
    for (const name of maleNames) expect(PATRONYMICS[name], name).toBeDefined();
  });
});

describe('transliterate', () => {
  it.each([
    ['Щукина', 'shchukina'],
    ['Алёна', 'alena'],
    ['Алена', 'alena'],
    ['Юлия', 'yuliya'],
    ['Андрей', 'andrey'],
    ['Ильич', 'ilich'],
    ['Хохлова', 'khokhlova'],
    ['Цветаева', 'tsvetaeva'],
    ['Жукова', 'zhukova'],
    ['Объедков', 'obedkov'],
    ['Эрдман', 'erdman'],
    ['Ясная', 'yasnaya'],
    ['Чернышёв', 'chernyshev'],
    ['Smith-Иванова', 'smith-ivanova'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });
});
