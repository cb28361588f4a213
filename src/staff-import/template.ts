// The workbook a school fills in: the headers the import expects, one example row, and a second
// sheet «Справка» that says what goes in each column.
import ExcelJS from 'exceljs';

interface TemplateColumn {
  header: string;
  width: number;
  example: string | number | Date;
  help: string;
  /** Excel's number format for the example cell. */
  format?: string;
}

const columns: TemplateColumn[] = [
  { header: 'Фамилия', width: 18, example: 'Петрова', help: 'Обязательно.' },
  { header: 'Имя', width: 14, example: 'Анна', help: 'Обязательно.' },
  { header: 'Отчество', width: 18, example: 'Сергеевна', help: 'Если есть.' },
  {
    header: 'Дата рождения',
    width: 15,
    example: new Date(Date.UTC(1995, 3, 12)),
    format: 'dd.mm.yyyy',
    help: 'ДД.ММ.ГГГГ или ячейка с датой. Нужна, чтобы узнать работника при повторной загрузке без e-mail.',
  },
  { header: 'Должность', width: 24, example: 'Учитель математики', help: 'Обязательно.' },
  {
    header: 'Предметы',
    width: 24,
    example: 'Математика, Информатика',
    help: 'Через запятую или точку с запятой.',
  },
  {
    header: 'Год начала педагогической работы',
    width: 16,
    example: 2018,
    help: 'Год четырьмя цифрами. По нему и по возрасту определяется молодой специалист.',
  },
  {
    header: 'Дата приёма',
    width: 14,
    example: new Date(Date.UTC(2020, 7, 28)),
    format: 'dd.mm.yyyy',
    help: 'Дата приёма в эту организацию, ДД.ММ.ГГГГ.',
  },
  {
    header: 'Квалификационная категория',
    width: 22,
    example: 'первая',
    help: 'без категории, первая, высшая, педагог-методист или педагог-наставник. Пусто — без категории.',
  },
  {
    header: 'E-mail',
    width: 26,
    example: 'petrova.as@school.example.ru',
    help: 'По адресу работник узнаётся при повторной загрузке: его запись обновится, а не задвоится.',
  },
  {
    header: 'Телефон',
    width: 18,
    example: '+7 912 345-67-89',
    help: 'Цифрами, можно с +, пробелами, скобками и дефисами.',
  },
];

const notes = [
  'Первая строка листа «Работники» — заголовки; порядок столбцов любой, лишние столбцы не читаются.',
  'Вместо трёх столбцов Фамилия, Имя, Отчество можно дать один столбец «ФИО».',
  'Строки с ошибками не загружаются; остальные загружаются. Сначала нажмите «Проверить» — увидите ошибки по строкам.',
  'Можно загрузить и файл CSV (UTF-8 или Windows-1251, разделитель «;» или «,»).',
];

export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Наставник';
  const sheet = workbook.addWorksheet('Работники', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  const example = sheet.addRow(columns.map((c) => c.example));
  columns.forEach((c, i) => {
    if (c.format) example.getCell(i + 1).numFmt = c.format;
  });

  const help = workbook.addWorksheet('Справка');
  help.columns = [
    { header: 'Столбец', width: 34 },
    { header: 'Что указать', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow([c.header, c.help]).alignment = { wrapText: true, vertical: 'top' };
  help.addRow([]);
  for (const note of notes) help.addRow(['', note]).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
