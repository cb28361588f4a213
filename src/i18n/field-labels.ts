// Names of input fields as people read them, used in validation messages of the API and the forms.
import type { Localized } from './locale.js';

export const fieldLabels: Record<string, Localized> = {
  lastName: { ru: 'Фамилия', en: 'Last name' },
  firstName: { ru: 'Имя', en: 'First name' },
  middleName: { ru: 'Отчество', en: 'Middle name' },
  birthDate: { ru: 'Дата рождения', en: 'Date of birth' },
  position: { ru: 'Должность', en: 'Position' },
  subjects: { ru: 'Предметы', en: 'Subjects' },
  hiredOn: { ru: 'Дата приёма', en: 'Hired on' },
  teachingSince: { ru: 'Год начала педагогической работы', en: 'Teaching since (year)' },
  qualificationCategory: { ru: 'Квалификационная категория', en: 'Qualification category' },
  email: { ru: 'Электронная почта', en: 'E-mail' },
  phone: { ru: 'Телефон', en: 'Phone' },
  employmentContractNumber: { ru: 'Номер трудового договора', en: 'Employment contract number' },
  employmentContractDate: { ru: 'Дата трудового договора', en: 'Employment contract date' },
  version: { ru: 'Версия записи', en: 'Record version' },
  reason: { ru: 'Основание', en: 'Reason' },
  login: { ru: 'Логин', en: 'Login' },
  password: { ru: 'Пароль', en: 'Password' },
  currentPassword: { ru: 'Текущий пароль', en: 'Current password' },
  newPassword: { ru: 'Новый пароль', en: 'New password' },
  fullName: { ru: 'ФИО', en: 'Full name' },
  shortName: { ru: 'Краткое наименование', en: 'Short name' },
  address: { ru: 'Адрес', en: 'Address' },
  locality: { ru: 'Населённый пункт', en: 'Locality' },
  directorName: { ru: 'ФИО руководителя', en: "Director's name" },
  directorPosition: { ru: 'Должность руководителя', en: "Director's position" },
  orderSuffix: { ru: 'Индекс регистрации приказов', en: 'Order register suffix' },
  kind: { ru: 'Вид', en: 'Kind' },
  roles: { ru: 'Роли', en: 'Roles' },
  name: { ru: 'Название', en: 'Name' },
  limit: { ru: 'Количество на странице', en: 'Page size' },
  cursor: { ru: 'Позиция списка', en: 'List position' },
  q: { ru: 'Поиск', en: 'Search' },
  youngSpecialistMaxAge: { ru: 'Возраст молодого специалиста, до', en: 'Young specialist: age under' },
  youngSpecialistMaxYears: {
    ru: 'Стаж молодого специалиста, лет, не более',
    en: 'Young specialist: years of teaching, at most',
  },
  expiresOn: { ru: 'Действует до', en: 'Valid until' },
  userId: { ru: 'Пользователь', en: 'User' },
  orgId: { ru: 'Организация', en: 'Organization' },
  id: { ru: 'Идентификатор', en: 'Identifier' },
  entity: { ru: 'Объект', en: 'Entity' },
  entityId: { ru: 'Идентификатор объекта', en: 'Entity id' },
  group: { ru: 'Группа затруднений', en: 'Group' },
  archived: { ru: 'В архиве', en: 'Archived' },
  givenOn: { ru: 'Дата согласия', en: 'Given on' },
  withdrawnOn: { ru: 'Дата отзыва', en: 'Withdrawn on' },
  note: { ru: 'Примечание', en: 'Note' },
  fields: { ru: 'Сведения для публикации', en: 'Fields to publish' },
  staffId: { ru: 'Работник', en: 'Staff member' },
  category: { ru: 'Категория', en: 'Category' },
  difficulties: { ru: 'Затруднения', en: 'Difficulties' },
  priority: { ru: 'Приоритет', en: 'Priority' },
  request: { ru: 'Запрос', en: 'Request' },
  preferredForms: { ru: 'Желаемые формы', en: 'Preferred forms' },
  preferredMentorIds: { ru: 'Желаемые наставники', en: 'Preferred mentors' },
  preferredMenteeIds: { ru: 'Желаемые наставляемые', en: 'Preferred mentees' },
  status: { ru: 'Статус', en: 'Status' },
  competences: { ru: 'Компетенции', en: 'Competences' },
  capacity: { ru: 'Число наставляемых', en: 'Capacity' },
  availability: { ru: 'Время для встреч', en: 'Availability' },
  forms: { ru: 'Формы наставничества', en: 'Forms' },
  mentorCapacityDefault: { ru: 'Наставляемых на одного наставника', en: 'Mentees per mentor by default' },
};

/** The label of the last named segment of a path, e.g. ['director','login'] → 'Логин'. */
export function labelForPath(path: readonly PropertyKey[], locale: 'ru' | 'en'): string | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string' && fieldLabels[seg]) return fieldLabels[seg][locale];
  }
  return null;
}
