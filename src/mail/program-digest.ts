// The daily letter about programs for one person (pure): a mentor's or mentee's own deadlines,
// drafts waiting for their agreement and programs about to end; for a curator or director the
// organization's picture, as the home page's «что требует внимания» shows it. Nothing to say → no letter.
import { formatRuDate, type IsoDate } from '../shared/dates.js';

/** A program as a letter names it: the mentor and mentees, e.g. «Петрова А. С. → Иванов И. И.». */
export interface ProgramRef {
  id: string;
  label: string;
}

export interface ActivityItem {
  title: string;
  dueOn: IsoDate;
  program: ProgramRef;
}

/** What concerns a mentor or mentee in their own programs. */
export interface OwnItems {
  overdue: ActivityItem[];
  dueSoon: ActivityItem[];
  awaitingAgreement: ProgramRef[];
  endingSoon: { program: ProgramRef; endsOn: IsoDate }[];
}

/** What concerns the curator and the director across the organization. */
export interface OrgItems {
  overdue: ActivityItem[];
  quiet: { program: ProgramRef; lastEntryOn: IsoDate | null }[];
  endingSoon: { program: ProgramRef; endsOn: IsoDate }[];
  awaitingAgreement: { program: ProgramRef; pending: string[] }[];
  requests: { program: ProgramRef; kind: 'replace-mentor' | 'release' }[];
  /** Changes of programs waiting for the director to sign their draft order. */
  awaitingOrder: { program: ProgramRef; action: 'extend' | 'replace-mentor' | 'terminate' }[];
}

export interface DigestInput {
  /** The web app's address, without a trailing slash. */
  appUrl: string;
  orgId: string;
  orgName: string;
  day: IsoDate;
  /** How to greet: «Анна Сергеевна»; null greets without a name. */
  name: string | null;
  own: OwnItems | null;
  org: OrgItems | null;
}

export interface Letter {
  subject: string;
  text: string;
  html: string;
}

export const dueSoonDays = 3;
/** A curator's list stops here and says how many more there are; the app has them all. */
export const listLimit = 20;

const changeKinds: Record<OrgItems['awaitingOrder'][number]['action'], string> = {
  extend: 'Продление',
  'replace-mentor': 'Замена наставника',
  terminate: 'Досрочное завершение',
};

const requestKinds = {
  'replace-mentor': 'просьба наставляемого о замене наставника',
  release: 'просьба наставника об освобождении',
} as const;

interface Line {
  text: string;
  link: string | null;
}

interface Section {
  title: string;
  lines: Line[];
  more: number;
}

interface Part {
  heading: string;
  sections: Section[];
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function section<T>(title: string, items: readonly T[], line: (item: T) => Line, limit = Number.POSITIVE_INFINITY) {
  return {
    title: `${title}: ${items.length}`,
    lines: items.slice(0, limit).map(line),
    more: Math.max(0, items.length - limit),
  };
}

export function isEmptyOwn(own: OwnItems | null): boolean {
  return (
    !own || (!own.overdue.length && !own.dueSoon.length && !own.awaitingAgreement.length && !own.endingSoon.length)
  );
}

export function isEmptyOrg(org: OrgItems | null): boolean {
  return (
    !org ||
    (!org.overdue.length &&
      !org.quiet.length &&
      !org.endingSoon.length &&
      !org.awaitingAgreement.length &&
      !org.requests.length &&
      !org.awaitingOrder.length)
  );
}

export function programDigest(input: DigestInput): Letter | null {
  const programUrl = (p: ProgramRef) => `${input.appUrl}/orgs/${input.orgId}/programs/${p.id}`;
  const activity = (a: ActivityItem): Line => ({
    text: `«${a.title}», срок ${formatRuDate(a.dueOn)} — ${a.program.label}`,
    link: programUrl(a.program),
  });
  const parts: Part[] = [];

  if (input.own && !isEmptyOwn(input.own)) {
    const own = input.own;
    parts.push({
      heading: 'Ваши программы наставничества',
      sections: [
        section('Просроченные мероприятия', own.overdue, activity),
        section(`Срок в ближайшие ${dueSoonDays} дня`, own.dueSoon, activity),
        section('Программы, которые ждут вашего согласия', own.awaitingAgreement, (p) => ({
          text: p.label,
          link: programUrl(p),
        })),
        section('Программы, которые скоро заканчиваются', own.endingSoon, (e) => ({
          text: `${e.program.label} — до ${formatRuDate(e.endsOn)}`,
          link: programUrl(e.program),
        })),
      ].filter((s) => s.lines.length > 0),
    });
  }

  if (input.org && !isEmptyOrg(input.org)) {
    const org = input.org;
    parts.push({
      heading: `Программы наставничества в организации «${input.orgName}»`,
      sections: [
        section('Просроченные мероприятия', org.overdue, activity, listLimit),
        section(
          'Программы без записей в журнале 21 день и дольше',
          org.quiet,
          (q) => ({
            text: `${q.program.label} — ${q.lastEntryOn ? `последняя запись ${formatRuDate(q.lastEntryOn)}` : 'записей нет'}`,
            link: programUrl(q.program),
          }),
          listLimit,
        ),
        section(
          'Программы, которые заканчиваются в ближайшие 14 дней',
          org.endingSoon,
          (e) => ({ text: `${e.program.label} — до ${formatRuDate(e.endsOn)}`, link: programUrl(e.program) }),
          listLimit,
        ),
        section(
          'Проекты программ, которые ждут согласия участников',
          org.awaitingAgreement,
          (d) => ({
            text: d.pending.length ? `${d.program.label} — ждём: ${d.pending.join(', ')}` : d.program.label,
            link: programUrl(d.program),
          }),
          listLimit,
        ),
        section(
          'Обращения участников, которые ждут решения',
          org.requests,
          (r) => ({ text: `${requestKinds[r.kind]} — ${r.program.label}`, link: programUrl(r.program) }),
          listLimit,
        ),
        section(
          'Изменения программ, которые ждут подписания приказа',
          org.awaitingOrder,
          (w) => ({ text: `${changeKinds[w.action]} — ${w.program.label}`, link: programUrl(w.program) }),
          listLimit,
        ),
      ].filter((s) => s.lines.length > 0),
    });
  }

  if (parts.length === 0) return null;
  const date = formatRuDate(input.day);
  const greeting = input.name ? `Здравствуйте, ${input.name}!` : 'Здравствуйте!';
  const intro = `Что требует внимания в программах наставничества на ${date}.`;
  const home = `${input.appUrl}/orgs/${input.orgId}`;
  const footer = 'Письмо отправлено автоматически системой «Наставник»; отвечать на него не нужно.';
  const moreText = (n: number) => `…и ещё ${n} — в приложении`;

  const text = [
    greeting,
    '',
    intro,
    ...parts.flatMap((part) => [
      '',
      part.heading,
      '='.repeat(part.heading.length),
      ...part.sections.flatMap((s) => [
        '',
        `${s.title}`,
        ...s.lines.flatMap((l) => [`- ${l.text}`, ...(l.link ? [`  ${l.link}`] : [])]),
        ...(s.more ? [moreText(s.more)] : []),
      ]),
    ]),
    '',
    `Открыть «Наставник»: ${home}`,
    '',
    footer,
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8"></head>',
    '<body style="font-family: Arial, sans-serif; font-size: 15px; line-height: 1.4; color: #222">',
    `<p>${e(greeting)}</p>`,
    `<p>${e(intro)}</p>`,
    ...parts.flatMap((part) => [
      `<h2 style="font-size: 17px">${e(part.heading)}</h2>`,
      ...part.sections.flatMap((s) => [
        `<h3 style="font-size: 15px">${e(s.title)}</h3>`,
        '<ul>',
        ...s.lines.map((l) => `<li>${l.link ? `<a href="${e(l.link)}">${e(l.text)}</a>` : e(l.text)}</li>`),
        ...(s.more ? [`<li>${e(moreText(s.more))}</li>`] : []),
        '</ul>',
      ]),
    ]),
    `<p><a href="${e(home)}">Открыть «Наставник»</a></p>`,
    `<p style="color: #666; font-size: 13px">${e(footer)}</p>`,
    '</body></html>',
    '',
  ].join('\n');

  return { subject: `«Наставник»: что требует внимания на ${date} — ${input.orgName}`, text, html };
}

/** One line on what a letter holds, for the dry run and the logs (no names, no titles). */
export function digestSummary(own: OwnItems | null, org: OrgItems | null): string {
  const parts: string[] = [];
  if (own && !isEmptyOwn(own)) {
    parts.push(
      `свои программы: просрочено ${own.overdue.length}, скоро срок ${own.dueSoon.length}, ` +
        `ждут согласия ${own.awaitingAgreement.length}, заканчиваются ${own.endingSoon.length}`,
    );
  }
  if (org && !isEmptyOrg(org)) {
    parts.push(
      `организация: просрочено ${org.overdue.length}, без записей ${org.quiet.length}, ` +
        `заканчиваются ${org.endingSoon.length}, проекты ждут согласия ${org.awaitingAgreement.length}, ` +
        `обращения ${org.requests.length}, ждут приказа ${org.awaitingOrder.length}`,
    );
  }
  return parts.join('; ');
}
