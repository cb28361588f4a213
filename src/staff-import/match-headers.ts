// Finds which column holds which field by its header, however the school wrote it: any order,
// any case, «ё» or «е», stray spaces and punctuation, common synonyms; unknown columns are ignored.
import { fieldLabels } from '../i18n/field-labels.js';
import { type Cell, cellText } from './sheet.js';

export const importFields = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'position',
  'subjects',
  'teachingSince',
  'hiredOn',
  'qualificationCategory',
  'email',
  'phone',
] as const;
export type ImportField = (typeof importFields)[number];

/** Headers reduced to letters and digits only: «Предмет(ы)» → «предметы», «E-mail» → «email». */
export function headerKey(header: string): string {
  return header
    .toLocaleLowerCase('ru-RU')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const synonyms: Record<ImportField | 'fullName', string[]> = {
  lastName: ['Фамилия'],
  firstName: ['Имя'],
  middleName: ['Отчество', 'Отчество (при наличии)'],
  fullName: ['ФИО', 'Ф.И.О.', 'Фамилия, имя, отчество', 'Фамилия имя отчество'],
  birthDate: ['Дата рождения', 'Д.р.'],
  position: ['Должность', 'Занимаемая должность'],
  subjects: ['Предметы', 'Предмет', 'Предмет(ы)', 'Преподаваемые предметы'],
  teachingSince: [
    'Год начала педагогической работы',
    'Год начала педагогической деятельности',
    'Стаж с (год)',
    'Стаж с',
    'Педагогический стаж с',
  ],
  hiredOn: ['Дата приёма', 'Дата приема на работу', 'Принят'],
  qualificationCategory: ['Квалификационная категория', 'Категория'],
  email: ['E-mail', 'Email', 'Эл. почта', 'Электронная почта', 'Адрес электронной почты', 'Почта'],
  phone: ['Телефон', 'Тел.', 'Мобильный телефон', 'Контактный телефон'],
};

const byKey = new Map<string, ImportField | 'fullName'>();
for (const [field, names] of Object.entries(synonyms) as [ImportField | 'fullName', string[]][]) {
  const label = fieldLabels[field];
  for (const name of [...names, ...(label ? [label.ru, label.en] : [])]) byKey.set(headerKey(name), field);
}

export interface ColumnRef {
  index: number;
  /** The header exactly as the file has it, for error messages. */
  header: string;
}

export interface HeaderMatch {
  columns: Partial<Record<ImportField, ColumnRef>>;
  /** A single «ФИО» column, used only when the three name columns are not all there. */
  fullName: ColumnRef | null;
  /** Required columns the file lacks, by their Russian labels. */
  missing: ImportField[];
}

export function matchHeaders(cells: readonly Cell[]): HeaderMatch {
  const columns: Partial<Record<ImportField, ColumnRef>> = {};
  let fullName: ColumnRef | null = null;
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    const field = byKey.get(headerKey(header));
    if (!field) return;
    // The first column of a kind wins; a repeated header is most likely a leftover copy.
    if (field === 'fullName') fullName ??= { index, header };
    else columns[field] ??= { index, header };
  });
  const hasNames = columns.lastName && columns.firstName;
  const missing: ImportField[] = [];
  if (!hasNames && !fullName) {
    if (!columns.lastName) missing.push('lastName');
    if (!columns.firstName) missing.push('firstName');
  }
  if (!columns.position) missing.push('position');
  return { columns, fullName: hasNames ? null : fullName, missing };
}

/** The header is the first row naming the required columns (a title line above it is tolerated). */
export function findHeaderRow<T extends { cells: Cell[] }>(rows: readonly T[], lookAhead = 10): number {
  for (let i = 0; i < Math.min(rows.length, lookAhead); i++) {
    if (matchHeaders((rows[i] as T).cells).missing.length === 0) return i;
  }
  return 0;
}
