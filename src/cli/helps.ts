// The --help text of every command, kept apart so the tool can answer without loading them.

export const helps = {
  serve: `nastavnik serve — start the web server

Environment: PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL, SESSION_SECRET,
PUBLIC_URL, SMTP_URL, LOG_LEVEL. With an empty database the browser opens the set-up wizard.`,
  demo: `nastavnik demo — start the server on a demo database

Without DATA_DIR (and DATABASE_URL) the demo lives in a new temporary folder. With DATA_DIR or
DATABASE_URL: an empty database is filled with the demo; an existing demo database is reused;
any other database is refused, so real data is never mixed with the demo.`,
  migrate: `nastavnik migrate — apply database migrations (DATA_DIR or DATABASE_URL) and exit`,
  createAdmin: `nastavnik create-admin --org ID --login LOGIN --password PASSWORD [--name "ФИО"] [--roles admin,director]

Creates the account (or, if the login exists, resets its password) and gives it the roles in the
organization. Without --org, the only organization is used if there is exactly one.`,
  match: `nastavnik match --in FILE --out FILE --mode max-score|max-coverage|stable — solve a matching file

In: {"mentors":[{"id","capacity","prefs"?}],"mentees":[{"id","prefs"?}],"edges":[[mentorId,menteeId,score],…]}
Out: {"pairs":[{"mentor","mentee"}],"total","elapsedMs"}. max-score: the largest total; max-coverage: the
most mentees matched, then the largest total; stable: no mentor and mentee who both prefer each other to
what they got (mentee-proposing). Capacities are never exceeded; a mentee gets at most one mentor.`,
  backup: `nastavnik backup FILE — write the whole database (DATA_DIR or DATABASE_URL) to FILE

The file is gzip-compressed JSON lines and restores on the embedded database or on PostgreSQL alike.
Sessions and sign-in attempts are not kept. Safe to run while the server works on PostgreSQL; stop
the server first when the database is the embedded one in DATA_DIR.`,
  importStaff: `nastavnik import-staff FILE --org ID [--dry-run] — load staff from an .xlsx or .csv file

Russian headers in any order (Фамилия, Имя, Отчество or ФИО, Дата рождения, Должность, Предметы,
Год начала педагогической работы, Дата приёма, Квалификационная категория, E-mail, Телефон); CSV in
UTF-8 or Windows-1251 with «;» or «,». A person already in the registry (same e-mail, else same name
and date of birth) is updated, not duplicated. Bad rows are listed (row, column, message) and
skipped; the good ones are written in one transaction. --dry-run checks and writes nothing.`,
  remind: `nastavnik remind [--day YYYY-MM-DD] [--dry-run] — send the day's program reminders by e-mail now

The letters the server sends each morning from 07:00 when SMTP_URL is set: to mentors and mentees their
overdue and coming activities (3 days), drafts awaiting their agreement and programs ending within 14 days;
to curators and directors what needs attention in the organization. One letter per address and day: a
repeat sends nothing twice. --day takes another date (default today); --dry-run lists who would get what
and sends nothing. SMTP_URL: smtp://user:pass@host:587 or smtps://user:pass@host:465, optionally
?from=address (default nastavnik@ the host of PUBLIC_URL); links in the letters use PUBLIC_URL.`,
  restore: `nastavnik restore FILE [--replace] — load a backup into the configured database

The database must be empty unless --replace is given (then everything in it is removed first).
All in one transaction: a damaged file changes nothing. Everybody signs in again afterwards.`,
};
